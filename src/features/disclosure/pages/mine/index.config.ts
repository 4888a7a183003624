export default definePageConfig({
  navigationBarTitleText: '公示异议与说明',
  enablePullDownRefresh: true,
});
