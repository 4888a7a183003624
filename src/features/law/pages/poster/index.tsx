import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawPosterPage() {
  return <View>分享条文</View>;
}
