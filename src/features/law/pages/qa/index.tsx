import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawQaPage() {
  return <View>普法问答</View>;
}
