export default definePageConfig({
  navigationBarTitleText: '经营者投诉公示',
  enablePullDownRefresh: true,
});
