import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawIndexPage() {
  return <View>普法</View>;
}
