export default definePageConfig({
  navigationBarTitleText: '投诉公示',
  enablePullDownRefresh: true,
  onReachBottomDistance: 100,
});
