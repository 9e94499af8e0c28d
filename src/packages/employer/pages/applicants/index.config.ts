// Pull down to refresh the list (usePullDownRefresh in index.tsx needs this flag).
export default definePageConfig({ navigationBarTitleText: '报名人员', enablePullDownRefresh: true })
