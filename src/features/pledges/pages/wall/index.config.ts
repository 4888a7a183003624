export default definePageConfig({
  navigationBarTitleText: '倡议签署墙',
  enablePullDownRefresh: true,
});
