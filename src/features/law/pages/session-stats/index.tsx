import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawSessionStatsPage() {
  return <View>普法活动统计</View>;
}
