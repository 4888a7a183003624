import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 16).
export default function ReportsMinePage() {
  return <View>我的举报</View>;
}
