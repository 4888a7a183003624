export default definePageConfig({ navigationBarTitleText: '写小贴士' });
