export default definePageConfig({
  navigationBarTitleText: '承诺书',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
});
