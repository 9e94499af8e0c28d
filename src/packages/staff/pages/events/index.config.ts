export default definePageConfig({ navigationBarTitleText: '招聘活动' })
