import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawSessionsManagePage() {
  return <View>普法活动管理</View>;
}
