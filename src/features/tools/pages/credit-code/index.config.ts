export default definePageConfig({ navigationBarTitleText: '信用代码校验' });
