export default definePageConfig({
  navigationBarTitleText: '审核公示批次',
  enablePullDownRefresh: true,
});
