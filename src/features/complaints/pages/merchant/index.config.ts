export default definePageConfig({
  navigationBarTitleText: '收到的投诉',
  enablePullDownRefresh: true,
});
