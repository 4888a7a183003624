import { View } from '@tarojs/components';

// Placeholder until the page lands (issue 15, this session).
export default function Placeholder() {
  return <View>投诉公示</View>;
}
