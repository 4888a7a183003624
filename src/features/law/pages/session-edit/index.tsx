import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawSessionEditPage() {
  return <View>编辑普法活动</View>;
}
