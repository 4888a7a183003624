import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { NUMERIC_KEYPAD } from '@/components/form-field';
import { CheckStatus, type CheckStatusValue } from './check-status';

interface CodeCheckProps {
  title: string;
  name: string;
  value: string;
  placeholder: string;
  maxLength: number;
  /** `number` for a code of digits only: the phone shows its number pad. */
  type?: 'text' | 'number';
  status: CheckStatusValue;
  onChange: (text: string) => void;
  /** 扫一扫 beside the input, for a code that can be scanned. */
  onScan?: () => void;
}

/** A tool's input, checked as the user types, with the verdict under it. */
export function CodeCheck({ title, status, onScan, ...input }: CodeCheckProps) {
  return (
    <View className="section">
      <View className="section-title">{title}</View>
      <View className="tool__input-row">
        <Input
          {...input}
          nativeProps={input.type === 'number' ? NUMERIC_KEYPAD.number : undefined}
          clearable
        />
        {onScan && (
          <Button type="primary" fill="outline" onClick={onScan}>
            扫一扫
          </Button>
        )}
      </View>
      <CheckStatus status={status} />
    </View>
  );
}

/** 请注意: what a check cannot tell, one paragraph a line. */
export function ToolNotice({ lines }: { lines: string[] }) {
  return (
    <View className="section" aria-label="说明">
      <View className="section-title">请注意</View>
      {lines.map((line) => (
        <Text key={line} className="tool__notice">
          {line}
        </Text>
      ))}
    </View>
  );
}
