// Pull down to refresh (usePullDownRefresh in index.tsx needs this flag).
export default definePageConfig({ navigationBarTitleText: '我的消息', enablePullDownRefresh: true })
