import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';

type Status =
  | { state: 'empty' }
  | { state: 'typing'; message: string }
  | { state: 'valid'; label: string; detail?: string }
  | { state: 'invalid'; message: string };

/**
 * The verdict under an input, as the user types: nothing yet, a quiet count while the code is
 * still short, a green tag when valid, or the rule's reason.
 */
export function CheckStatus({ status }: { status: Status }) {
  if (status.state === 'empty') return null;
  if (status.state === 'typing') {
    return (
      <View className="tool__status muted" role="status">
        {status.message}
      </View>
    );
  }
  if (status.state === 'valid') {
    return (
      <View className="tool__status" role="status">
        <Tag type="success">{status.label}</Tag>
        {status.detail ? <Text>{status.detail}</Text> : null}
      </View>
    );
  }
  return (
    <View className="tool__status tool__status--error" role="alert">
      <Tag type="danger">无效</Tag>
      <Text>{status.message}</Text>
    </View>
  );
}

export type { Status as CheckStatusValue };
