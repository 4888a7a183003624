export default definePageConfig({ navigationBarTitleText: '新建问答' });
