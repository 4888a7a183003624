export default defineAppConfig({
  pages: ['pages/index/index', 'pages/merchants/index', 'pages/me/index'],
  subPackages: [{ root: 'features/auth', pages: ['pages/staff-login/index'] }],
  window: {
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
        text: '首页',
      },
      {
        pagePath: 'pages/merchants/index',
        text: '查商家',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
      },
    ],
  },
  permission: {},
  requiredPrivateInfos: [],
});
