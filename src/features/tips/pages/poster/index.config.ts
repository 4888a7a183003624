export default definePageConfig({ navigationBarTitleText: '小贴士海报' });
