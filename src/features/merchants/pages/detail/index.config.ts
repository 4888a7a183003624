export default definePageConfig({
  navigationBarTitleText: '商家信息',
  enablePullDownRefresh: true,
});
