export default definePageConfig({ navigationBarTitleText: '培训名单', enablePullDownRefresh: true })
