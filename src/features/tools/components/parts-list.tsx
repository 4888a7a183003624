import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';

export type Part = {
  label: string;
  value: string;
  /** What the part means, in one line. */
  meaning?: ReactNode;
};

/** The parts of a code as a two-column table: name and meaning on the left, the value right. */
export function PartsList({ title, parts }: { title: string; parts: Part[] }) {
  return (
    <View className="section tool__parts" aria-label={title}>
      <View className="section-title">{title}</View>
      {parts.map((part) => (
        <Cell
          key={part.label}
          title={part.label}
          description={part.meaning}
          extra={<Text className="tool__part-value">{part.value}</Text>}
        />
      ))}
    </View>
  );
}
