import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawSessionsPage() {
  return <View>法润乡村</View>;
}
