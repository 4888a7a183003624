export default definePageConfig({
  navigationBarTitleText: '审核提示警示',
  enablePullDownRefresh: true,
});
