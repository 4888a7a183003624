export default definePageConfig({ navigationBarTitleText: '导入地方法规' });
