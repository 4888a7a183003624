export default definePageConfig({
  navigationBarTitleText: '查商家',
  enablePullDownRefresh: true,
  onReachBottomDistance: 100,
});
