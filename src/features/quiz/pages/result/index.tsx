import { View } from '@tarojs/components';

/** Placeholder until the page lands. */
export default function Page() {
  return <View>答题结果</View>;
}
