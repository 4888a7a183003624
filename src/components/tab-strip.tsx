import { View } from '@tarojs/components';
import './tab-strip.scss';

export interface TabItem<T extends string> {
  value: T;
  label: string;
}

/** A row of equal tabs with the chosen one underlined (消费提示, 我的收藏). */
export function TabStrip<T extends string>({
  tabs,
  value,
  onChange,
}: {
  tabs: readonly TabItem<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <View className="tab-strip" role="tablist">
      {tabs.map((item) => (
        <View
          key={item.value}
          className={`tab-strip__tab tap-target ${value === item.value ? 'is-active' : ''}`}
          role="tab"
          aria-selected={value === item.value}
          onClick={() => onChange(item.value)}
        >
          {item.label}
        </View>
      ))}
    </View>
  );
}
