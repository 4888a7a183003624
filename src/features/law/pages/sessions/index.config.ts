export default definePageConfig({ navigationBarTitleText: '法润乡村' });
