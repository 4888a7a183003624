export default definePageConfig({ navigationBarTitleText: '承诺海报' });
