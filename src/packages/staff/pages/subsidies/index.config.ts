// Pull down to refresh the list (usePagedList's page events need this flag).
export default definePageConfig({ navigationBarTitleText: '补贴审核', enablePullDownRefresh: true })
