import { useState } from 'react';
import dayjs from 'dayjs';
import { View, Text } from '@tarojs/components';
import { Button, DatePicker } from '@nutui/nutui-react-taro';
import { pickedDate } from '@/domain/iso-date';
import './date-field.scss';

interface DateFieldProps {
  /** 'YYYY-MM-DD' or '' (not set). */
  value: string;
  /** The picker's title and the button's accessible name. */
  title: string;
  /** What an unset date means, e.g. 不限; 未选择 by default. */
  unset?: string;
  start: Date;
  end: Date;
  onChange: (value: string) => void;
  /** Offer 清除 (an optional date). */
  clearable?: boolean;
}

/** A date shown as 2027年3月4日, a button that opens NutUI's date picker, and optionally 清除. */
export function DateField({
  value,
  title,
  unset = '未选择',
  start,
  end,
  onChange,
  clearable,
}: DateFieldProps) {
  const [picking, setPicking] = useState(false);
  const parsed = value ? dayjs(value) : undefined;
  const current = parsed?.isValid() ? parsed : undefined;
  // Open on the chosen date, else on today (or the last allowed day when that is earlier).
  const initial = current ? current.toDate() : new Date(Math.min(Date.now(), +end));
  return (
    <View className="date-field">
      <Text className={current ? '' : 'muted'}>
        {current ? current.format('YYYY年M月D日') : unset}
      </Text>
      <View className="date-field__buttons">
        {clearable && value && (
          <Button size="small" fill="none" onClick={() => onChange('')}>
            清除
          </Button>
        )}
        <Button size="small" fill="outline" aria-label={title} onClick={() => setPicking(true)}>
          选择日期
        </Button>
      </View>
      {picking && (
        <DatePicker
          visible
          type="date"
          title={title}
          showChinese
          startDate={start}
          endDate={end}
          defaultValue={initial}
          onConfirm={(_options, values) => onChange(pickedDate(values))}
          onClose={() => setPicking(false)}
        />
      )}
    </View>
  );
}
