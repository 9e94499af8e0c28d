export default definePageConfig({ navigationBarTitleText: '「六有」服务站自查' })
