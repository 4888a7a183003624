import { View } from '@tarojs/components';

/** Placeholder until the page lands. */
export default function Page() {
  return <View>错题本</View>;
}
