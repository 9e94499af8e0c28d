export default definePageConfig({ navigationBarTitleText: '贷款转介', enablePullDownRefresh: true })
