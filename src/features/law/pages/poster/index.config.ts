export default definePageConfig({ navigationBarTitleText: '分享条文' });
