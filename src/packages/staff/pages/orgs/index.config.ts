// Pull down to refresh the list (usePagedList's page events need this flag).
export default definePageConfig({ navigationBarTitleText: '单位认证', enablePullDownRefresh: true })
