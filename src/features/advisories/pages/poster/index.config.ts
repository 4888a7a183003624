export default definePageConfig({ navigationBarTitleText: '提示海报' });
