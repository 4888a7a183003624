export default definePageConfig({
  navigationBarTitleText: '3·15值班值守',
  enablePullDownRefresh: true,
});
