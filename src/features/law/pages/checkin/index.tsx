import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawCheckinPage() {
  return <View>活动签到</View>;
}
