import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 16).
export default function ReportsDetailPage() {
  return <View>举报详情</View>;
}
