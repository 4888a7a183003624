export default definePageConfig({ navigationBarTitleText: '导入地方性法规' });
