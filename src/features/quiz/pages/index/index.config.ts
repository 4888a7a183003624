export default definePageConfig({
  navigationBarTitleText: '识假辨假答题',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
});
