// Pages in the main package are the three tabs plus the pages every role needs (login, community).
// Role-specific pages live in sub-packages so residents never download them; the job detail and the account
// pages (资料, 同意, 导出) are sub-packages too, preloaded from the tab that opens them, to keep the main package small.
export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/training/index',
    'pages/me/index',
    'pages/login/index',
    'pages/community-picker/index',
    'pages/my-community/index',
  ],
  subPackages: [
    // 数据看板 with its chart library (uCharts) apart, so the staff desk's own package stays small
    { root: 'packages/stats', name: 'stats', pages: ['pages/dashboard/index'] },
    { root: 'packages/staff', name: 'staff', pages: ['pages/residents/index', 'pages/review/index', 'pages/orgs/index', 'pages/demand/index', 'pages/reports/index', 'pages/events/index', 'pages/roster/index', 'pages/trainings/index', 'pages/training-roster/index', 'pages/training-needs/index', 'pages/subsidies/index', 'pages/subsidy-claims/index', 'pages/loans/index', 'pages/assisted/index', 'pages/assisted-edit/index', 'pages/assisted-person/index', 'pages/worklist/index', 'pages/station/index', 'pages/surveys/index', 'pages/brand/index'] },
    { root: 'packages/employer', name: 'employer', pages: ['pages/home/index', 'pages/jobs/index', 'pages/applicants/index', 'pages/org/index', 'pages/post/index'] },
    { root: 'packages/jobs', name: 'jobs', pages: ['pages/detail/index', 'pages/report/index'] },
    // 培训: detail and booking, 我的培训, the 四清 survey (residents).
    { root: 'packages/training', name: 'training', pages: ['pages/detail/index', 'pages/mine/index', 'pages/needs/index'] },
    // 招聘会/供需见面会 detail and registration (residents).
    { root: 'packages/events', name: 'events', pages: ['pages/detail/index'] },
    { root: 'packages/account', name: 'account', pages: ['pages/profile/index', 'pages/consent/index', 'pages/export/index'] },
    // 补贴测算 (no login), applications with their documents, 我的补贴, 创业提振贷转介 (residents and employers).
    { root: 'packages/subsidy', name: 'subsidy', pages: ['pages/precheck/index', 'pages/apply/index', 'pages/detail/index', 'pages/mine/index', 'pages/loan/index'] },
    // 我的报名 and 我的消息 (residents; 签到码 QR code generator lives here, not in the main package).
    // 满意度评价 (residents) lives here too: it is opened from 我的 and from a completed sign-up.
    { root: 'packages/signups', name: 'signups', pages: ['pages/list/index', 'pages/inbox/index', 'pages/survey/index'] },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['jobs', 'events'] },
    'pages/training/index': { network: 'all', packages: ['training'] },
    'pages/me/index': { network: 'all', packages: ['staff', 'employer', 'account', 'signups', 'subsidy'] },
    'packages/jobs/pages/detail/index': { network: 'all', packages: ['signups'] },
  },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#0b57d0',
    navigationBarTitleText: '家门口就业',
    navigationBarTextStyle: 'white',
    // Explicit so H5 also shows Taro's navigation bar (title + back button), like the mini-program does.
    navigationStyle: 'default',
    backgroundColor: '#f1f3f4',
  },
  tabBar: {
    color: '#3c4043',
    selectedColor: '#0b57d0',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/training/index',
        text: '培训',
        iconPath: 'assets/tabbar/training.png',
        selectedIconPath: 'assets/tabbar/training-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
  // WeChat privacy: the API calls below are declared in 《用户隐私保护指引》 (see /work/shared/WECHAT.md §1, §5).
  __usePrivacyCheck__: true,
  requiredPrivateInfos: ['getFuzzyLocation'],
  permission: {
    'scope.userFuzzyLocation': { desc: '用于展示您附近的岗位和离家最近的社区就业服务站' },
    'scope.userLocation': { desc: '用于展示您附近的岗位和离家最近的社区就业服务站' },
  },
  lazyCodeLoading: 'requiredComponents',
})
