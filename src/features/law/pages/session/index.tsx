import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawSessionPage() {
  return <View>普法活动</View>;
}
