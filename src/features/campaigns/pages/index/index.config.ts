export default definePageConfig({ navigationBarTitleText: '专项整治' });
