import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawQaManagePage() {
  return <View>问答管理</View>;
}
