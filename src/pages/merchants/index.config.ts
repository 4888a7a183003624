export default definePageConfig({ navigationBarTitleText: '查商家' });
