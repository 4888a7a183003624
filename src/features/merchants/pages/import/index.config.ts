export default definePageConfig({ navigationBarTitleText: '导入商家名录' });
