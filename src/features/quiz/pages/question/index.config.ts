export default definePageConfig({ navigationBarTitleText: '编辑题目' });
