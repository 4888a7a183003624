import { View } from '@tarojs/components';

/** Placeholder until the page lands. */
export default function Page() {
  return <View>识假辨假答题</View>;
}
