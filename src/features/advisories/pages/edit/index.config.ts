export default definePageConfig({ navigationBarTitleText: '写提示' });
