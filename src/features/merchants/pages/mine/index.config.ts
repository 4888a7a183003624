export default definePageConfig({
  navigationBarTitleText: '我的商家',
  enablePullDownRefresh: true,
});
