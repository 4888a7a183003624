import { useState } from 'react';
import dayjs from 'dayjs';
import { View, Text } from '@tarojs/components';
import { Button, DatePicker } from '@nutui/nutui-react-taro';
import { pickedDate } from '@/domain/iso-date';

interface DateFieldProps {
  /** 'YYYY-MM-DD' or '' (not chosen yet). */
  value: string;
  title: string;
  start: Date;
  end: Date;
  onChange: (value: string) => void;
}

/** A date shown as 2026年3月15日 and a button that opens NutUI's date picker. */
export function DateField({ value, title, start, end, onChange }: DateFieldProps) {
  const [picking, setPicking] = useState(false);
  const current = value ? dayjs(value) : undefined;
  return (
    <View className="follow-up-date">
      <Text className={current?.isValid() ? '' : 'muted'}>
        {current?.isValid() ? current.format('YYYY年M月D日') : '未选择'}
      </Text>
      <Button size="small" fill="outline" aria-label={title} onClick={() => setPicking(true)}>
        选择日期
      </Button>
      {picking && (
        <DatePicker
          visible
          type="date"
          title={title}
          showChinese
          startDate={start}
          endDate={end}
          defaultValue={current?.isValid() ? current.toDate() : new Date()}
          onConfirm={(_options, values) => onChange(pickedDate(values))}
          onClose={() => setPicking(false)}
        />
      )}
    </View>
  );
}
