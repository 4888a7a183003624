export default definePageConfig({
  navigationBarTitleText: '答题结果',
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
