export default definePageConfig({ navigationBarTitleText: '填写四清' })
