import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 16).
export default function ReportsQueuePage() {
  return <View>举报处理</View>;
}
