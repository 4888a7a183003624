import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawQaEditPage() {
  return <View>编辑问答</View>;
}
