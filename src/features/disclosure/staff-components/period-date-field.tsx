import { useState } from 'react';
import dayjs from 'dayjs';
import { View, Text } from '@tarojs/components';
import { Button, DatePicker } from '@nutui/nutui-react-taro';
import { FormField } from '@/components/form-field';
import { pickedDate } from '@/domain/iso-date';

interface PeriodDateFieldProps {
  label: string;
  /** 'YYYY-MM-DD' or '' (not chosen yet). */
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

const EARLIEST = new Date(2020, 0, 1);

/** One end of a batch's period: the date in words and NutUI's date picker (up to today). */
export function PeriodDateField({ label, value, error, onChange }: PeriodDateFieldProps) {
  const [picking, setPicking] = useState(false);
  const current = value ? dayjs(value) : undefined;
  const today = new Date();
  return (
    <FormField label={label} required error={error}>
      <View className="batch-form__date">
        <Text className={current ? '' : 'muted'}>
          {current?.isValid() ? current.format('YYYY年M月D日') : '未选择'}
        </Text>
        <Button size="small" fill="outline" aria-label={label} onClick={() => setPicking(true)}>
          选择日期
        </Button>
      </View>
      {picking && (
        <DatePicker
          visible
          type="date"
          title={label}
          showChinese
          startDate={EARLIEST}
          endDate={today}
          defaultValue={current?.isValid() ? current.toDate() : today}
          onConfirm={(_options, values) => onChange(pickedDate(values))}
          onClose={() => setPicking(false)}
        />
      )}
    </FormField>
  );
}
