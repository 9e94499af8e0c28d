export default definePageConfig({ navigationBarTitleText: '12333 待办', enablePullDownRefresh: true })
