export default definePageConfig({ navigationBarTitleText: '编辑普法活动' });
