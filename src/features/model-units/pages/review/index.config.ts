export default definePageConfig({
  navigationBarTitleText: '示范单位审核',
  enablePullDownRefresh: true,
});
