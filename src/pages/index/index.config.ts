// Pull down to refresh the feed (usePullDownRefresh in index.tsx needs this flag).
export default definePageConfig({ navigationBarTitleText: '家门口就业', enablePullDownRefresh: true })
