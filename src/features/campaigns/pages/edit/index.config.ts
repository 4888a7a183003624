export default definePageConfig({ navigationBarTitleText: '编辑专项整治' });
