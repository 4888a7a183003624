export default definePageConfig({
  navigationBarTitleText: '投稿举报',
  enablePullDownRefresh: true,
});
