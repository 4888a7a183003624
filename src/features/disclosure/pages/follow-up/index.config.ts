export default definePageConfig({ navigationBarTitleText: '记录跟进' });
