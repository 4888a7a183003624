export default definePageConfig({ navigationBarTitleText: '举报统计' });
