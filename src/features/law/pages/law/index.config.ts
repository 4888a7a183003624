export default definePageConfig({
  navigationBarTitleText: '法律条文',
  enablePullDownRefresh: true,
});
