// Pages in the main package are the three tabs plus the pages every role needs (login, community).
// Role-specific pages live in sub-packages so residents never download them.
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
    { root: 'packages/staff', name: 'staff', pages: ['pages/residents/index'] },
    { root: 'packages/employer', name: 'employer', pages: ['pages/home/index'] },
  ],
  preloadRule: {
    'pages/me/index': { network: 'all', packages: ['staff', 'employer'] },
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
    'scope.userFuzzyLocation': { desc: '用于为您找到离家最近的社区就业服务站' },
    'scope.userLocation': { desc: '用于为您找到离家最近的社区就业服务站' },
  },
  lazyCodeLoading: 'requiredComponents',
})
