import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawLawPage() {
  return <View>法律条文</View>;
}
