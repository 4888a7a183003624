export default definePageConfig({
  navigationBarTitleText: '条文',
  enablePullDownRefresh: true,
  // useShareAppMessage / useShareTimeline answer only when the page asks for them.
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
