import { View } from '@tarojs/components';

/** Placeholder until the page lands. */
export default function Page() {
  return <View>题目纠错</View>;
}
