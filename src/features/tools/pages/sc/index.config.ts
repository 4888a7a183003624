export default definePageConfig({ navigationBarTitleText: 'SC编号校验' });
