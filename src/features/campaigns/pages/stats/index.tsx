import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 16).
export default function CampaignsStatsPage() {
  return <View>举报统计</View>;
}
