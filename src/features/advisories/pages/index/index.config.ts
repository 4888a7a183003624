export default definePageConfig({
  navigationBarTitleText: '消费提示',
  enablePullDownRefresh: true,
  onReachBottomDistance: 100,
});
