// Pull down to refresh the queue (usePullDownRefresh in index.tsx needs this flag).
export default definePageConfig({ navigationBarTitleText: '报名审核', enablePullDownRefresh: true })
