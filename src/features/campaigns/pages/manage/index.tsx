import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 16).
export default function CampaignsManagePage() {
  return <View>专项整治管理</View>;
}
