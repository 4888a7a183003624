import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 16).
export default function ReportsProgressPage() {
  return <View>举报进度查询</View>;
}
