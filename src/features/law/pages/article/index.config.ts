export default definePageConfig({ navigationBarTitleText: '条文' });
