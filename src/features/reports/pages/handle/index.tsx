import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 16).
export default function ReportsHandlePage() {
  return <View>办理举报</View>;
}
