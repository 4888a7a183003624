export default definePageConfig({
  navigationBarTitleText: '公示后跟进',
  enablePullDownRefresh: true,
});
