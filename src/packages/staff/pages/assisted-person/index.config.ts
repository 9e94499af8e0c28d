export default definePageConfig({ navigationBarTitleText: '援助对象', enablePullDownRefresh: true })
