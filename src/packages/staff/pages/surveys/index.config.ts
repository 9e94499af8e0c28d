export default definePageConfig({ navigationBarTitleText: '居民满意度', enablePullDownRefresh: true })
