// Pull down to refresh the list (usePagedList's page option needs this flag).
export default definePageConfig({ navigationBarTitleText: '举报与维权', enablePullDownRefresh: true })
