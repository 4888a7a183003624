export default definePageConfig({
  navigationBarTitleText: '投诉公示管理',
  enablePullDownRefresh: true,
});
