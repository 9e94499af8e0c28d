export default definePageConfig({ navigationBarTitleText: '用工数据库' })
