export default definePageConfig({ navigationBarTitleText: '申请示范单位' });
