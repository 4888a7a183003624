import { View } from '@tarojs/components';

// Placeholder: its owner replaces this page (issue 17).
export default function LawQaReviewPage() {
  return <View>审核问答</View>;
}
