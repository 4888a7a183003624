export default definePageConfig({
  navigationBarTitleText: '本店承诺',
  enablePullDownRefresh: true,
});
