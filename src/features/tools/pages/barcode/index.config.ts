export default definePageConfig({ navigationBarTitleText: '条码查询' });
