export default definePageConfig({
  navigationBarTitleText: '我的示范单位申请',
  enablePullDownRefresh: true,
});
