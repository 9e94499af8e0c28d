// Pull down to refresh (usePullDownRefresh in index.tsx needs this flag).
export default definePageConfig({ navigationBarTitleText: '我的报名', enablePullDownRefresh: true })
