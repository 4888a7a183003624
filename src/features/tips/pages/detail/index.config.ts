export default definePageConfig({
  navigationBarTitleText: '消费小贴士',
  enablePullDownRefresh: true,
});
