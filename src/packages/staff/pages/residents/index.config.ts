export default definePageConfig({ navigationBarTitleText: '辖区居民' })
