import { useState } from 'react';
import dayjs from 'dayjs';
import { View, Text } from '@tarojs/components';
import { Button, DatePicker } from '@nutui/nutui-react-taro';
import { ReasonDialog as BaseReasonDialog } from '@/components/reason-dialog';
import { day } from '../labels';
import { pickedDate, startsOnError } from '../pledge-rules';

interface ReasonDialogProps {
  visible: boolean;
  title: string;
  hint: string;
  confirmText: string;
  /** Ask for the date from which it stops holding (withdraw). */
  withDate?: boolean;
  onCancel: () => void;
  /** Rejects to keep the dialog open (the request failed). */
  onConfirm: (reason: string, effectiveOn: string) => Promise<void>;
}

/** 撤回/撤销 with a reason (2–500 characters) and, for 撤回, the effective date (today or later). */
export function ReasonDialog({ withDate, onConfirm, ...dialog }: ReasonDialogProps) {
  const today = dayjs();
  const [effectiveOn, setEffectiveOn] = useState(() => today.format('YYYY-MM-DD'));
  const [picking, setPicking] = useState(false);
  return (
    <>
      <BaseReasonDialog
        {...dialog}
        extraError={withDate ? startsOnError(effectiveOn) : undefined}
        extra={
          withDate && (
            <View className="reason-dialog__date">
              <Text>自 {day(effectiveOn)} 起不再承诺</Text>
              <Button size="small" fill="outline" onClick={() => setPicking(true)}>
                修改日期
              </Button>
            </View>
          )
        }
        onConfirm={(reason) => onConfirm(reason, effectiveOn)}
      />
      {picking && (
        <DatePicker
          visible
          type="date"
          title="撤回生效日期"
          showChinese
          startDate={today.toDate()}
          endDate={today.add(1, 'year').toDate()}
          defaultValue={dayjs(effectiveOn).toDate()}
          pickerProps={{ popupProps: { zIndex: 1300 } } as never}
          onConfirm={(_options, values) => setEffectiveOn(pickedDate(values))}
          onClose={() => setPicking(false)}
        />
      )}
    </>
  );
}
