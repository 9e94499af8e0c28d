export default definePageConfig({ navigationBarTitleText: '补贴测算' })
