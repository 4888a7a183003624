import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 16).
export default function CampaignsEditPage() {
  return <View>编辑专项整治</View>;
}
