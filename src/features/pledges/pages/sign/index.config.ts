export default definePageConfig({ navigationBarTitleText: '签署承诺' });
