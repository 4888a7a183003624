export default definePageConfig({
  navigationBarTitleText: '成绩海报',
  enableShareAppMessage: true,
});
