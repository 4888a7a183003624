import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 16).
export default function ReportsNewPage() {
  return <View>我要举报</View>;
}
