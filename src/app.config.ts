export default defineAppConfig({
  pages: ['pages/index/index', 'pages/merchants/index', 'pages/me/index'],
  subPackages: [
    { root: 'features/auth', pages: ['pages/staff-login/index', 'pages/change-password/index'] },
    {
      root: 'features/merchants',
      pages: [
        'pages/detail/index',
        'pages/register/index',
        'pages/mine/index',
        'pages/verify/index',
        'pages/import/index',
      ],
    },
    {
      root: 'features/model-units',
      pages: ['pages/apply/index', 'pages/applications/index', 'pages/review/index'],
    },
    {
      root: 'features/complaints',
      pages: [
        'pages/new/index',
        'pages/mine/index',
        'pages/detail/index',
        'pages/queue/index',
        'pages/merchant/index',
        'pages/agreement/index',
      ],
    },
    { root: 'features/messages', pages: ['pages/index/index'] },
    { root: 'features/calendar', pages: ['pages/index/index'] },
    {
      root: 'features/privacy',
      pages: ['pages/about/index', 'pages/policy/index', 'pages/terms/index'],
    },
    {
      root: 'features/pledges',
      pages: [
        'pages/sign/index',
        'pages/certificate/index',
        'pages/poster/index',
        'pages/wall/index',
        'pages/review/index',
        'pages/mine/index',
      ],
    },
    {
      root: 'features/tools',
      pages: [
        'pages/index/index',
        'pages/barcode/index',
        'pages/sc/index',
        'pages/credit-code/index',
      ],
    },
    {
      root: 'features/quiz',
      pages: [
        'pages/index/index',
        'pages/paper/index',
        'pages/result/index',
        'pages/mistakes/index',
        'pages/leaderboard/index',
        'pages/poster/index',
        'pages/bank/index',
        'pages/question/index',
        'pages/import/index',
        'pages/reports/index',
      ],
    },
    {
      root: 'features/advisories',
      pages: [
        'pages/index/index',
        'pages/detail/index',
        'pages/poster/index',
        'pages/manage/index',
        'pages/edit/index',
        'pages/review/index',
        'pages/stats/index',
      ],
    },
    {
      root: 'features/tips',
      pages: [
        'pages/detail/index',
        'pages/write/index',
        'pages/mine/index',
        'pages/poster/index',
        'pages/queue/index',
        'pages/reports/index',
      ],
    },
    { root: 'features/favorites', pages: ['pages/index/index'] },
    {
      root: 'features/disclosure',
      pages: [
        'pages/index/index',
        'pages/batch/index',
        'pages/business/index',
        'pages/manage/index',
        'pages/review/index',
        'pages/mine/index',
        'pages/follow-ups/index',
        'pages/follow-up/index',
        'pages/duty/index',
      ],
    },
    {
      root: 'features/campaigns',
      pages: [
        'pages/index/index',
        'pages/detail/index',
        'pages/manage/index',
        'pages/edit/index',
        'pages/stats/index',
      ],
    },
    {
      root: 'features/reports',
      pages: [
        'pages/new/index',
        'pages/progress/index',
        'pages/mine/index',
        'pages/detail/index',
        'pages/queue/index',
        'pages/handle/index',
      ],
    },
  ],
  window: {
    // WeChat draws this bar itself; Taro's H5 build draws its own (title, 返回 or 首页) only
    // when the style is named.
    navigationStyle: 'default',
    navigationBarTitleText: '放心消费',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f7',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
        text: '首页',
      },
      {
        pagePath: 'pages/merchants/index',
        iconPath: 'assets/tab/shop.png',
        selectedIconPath: 'assets/tab/shop-active.png',
        text: '查商家',
      },
      {
        pagePath: 'pages/me/index',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
        text: '我的',
      },
    ],
  },
  permission: {
    'scope.userLocation': { desc: '用于按距离排序附近的商家' },
  },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  // Each page loads only the components it uses: faster start, less memory.
  lazyCodeLoading: 'requiredComponents',
});
