import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawArticlePage() {
  return <View>条文</View>;
}
