export default definePageConfig({ navigationBarTitleText: '品牌社区评选' })
