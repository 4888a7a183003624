export default definePageConfig({
  navigationBarTitleText: '提示警示数据',
  enablePullDownRefresh: true,
});
