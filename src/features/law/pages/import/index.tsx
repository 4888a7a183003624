import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawImportPage() {
  return <View>导入地方法规</View>;
}
