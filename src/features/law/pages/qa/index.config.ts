export default definePageConfig({
  navigationBarTitleText: '普法问答',
  enablePullDownRefresh: true,
  onReachBottomDistance: 100,
});
