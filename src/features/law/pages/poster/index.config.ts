export default definePageConfig({
  navigationBarTitleText: '条文海报',
  enableShareAppMessage: true,
});
