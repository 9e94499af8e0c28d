export default definePageConfig({ navigationBarTitleText: '培训需求', enablePullDownRefresh: true })
