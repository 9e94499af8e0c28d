export default definePageConfig({ navigationBarTitleText: '就业援助台账', enablePullDownRefresh: true })
