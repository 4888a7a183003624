export default definePageConfig({
  navigationBarTitleText: '承诺核验',
  enablePullDownRefresh: true,
});
