export default definePageConfig({ navigationBarTitleText: '登记援助对象' })
