export default definePageConfig({
  navigationBarTitleText: '提示警示管理',
  enablePullDownRefresh: true,
});
