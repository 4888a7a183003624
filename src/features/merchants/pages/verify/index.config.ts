export default definePageConfig({
  navigationBarTitleText: '商家核验',
  enablePullDownRefresh: true,
});
