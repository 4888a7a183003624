import { View } from '@tarojs/components';

/** Placeholder until the page lands. */
export default function Page() {
  return <View>成绩海报</View>;
}
