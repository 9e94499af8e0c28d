export default definePageConfig({ navigationBarTitleText: '名额核查' })
