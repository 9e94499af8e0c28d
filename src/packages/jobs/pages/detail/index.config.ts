// enableShareAppMessage: weapp only shows 「转发」 for pages that declare it (useShareAppMessage in index.tsx).
export default definePageConfig({ navigationBarTitleText: '岗位详情', enableShareAppMessage: true })
