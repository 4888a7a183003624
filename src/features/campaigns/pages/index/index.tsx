import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 16).
export default function CampaignsIndexPage() {
  return <View>专项整治</View>;
}
