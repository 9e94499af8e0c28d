// Pull down to refresh (usePullDownRefresh in index.tsx needs this flag).
export default definePageConfig({ navigationBarTitleText: '我的岗位与报名', enablePullDownRefresh: true })
