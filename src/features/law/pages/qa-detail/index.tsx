import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawQaDetailPage() {
  return <View>问答</View>;
}
