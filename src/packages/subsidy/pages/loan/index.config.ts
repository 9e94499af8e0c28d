export default definePageConfig({ navigationBarTitleText: '创业提振贷' })
