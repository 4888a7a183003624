import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { View, Text } from '@tarojs/components';
import { Button, DatePicker } from '@nutui/nutui-react-taro';
import { ReasonDialog as BaseReasonDialog } from '@/components/reason-dialog';
import { day } from '../labels';
import { pickedDate } from '../pledge-rules';

interface ReasonDialogProps {
  visible: boolean;
  title: string;
  hint: string;
  confirmText: string;
  /**
   * Ask for the date from which it stops holding (withdraw), no earlier than this one
   * ('YYYY-MM-DD': today + the county's notice period for a verified pledge), the default.
   */
  earliest?: string;
  onCancel: () => void;
  /** Rejects to keep the dialog open (the request failed). */
  onConfirm: (reason: string, effectiveOn: string) => Promise<void>;
}

/** The date's problem, if any: a withdrawal takes effect on `earliest` or later. */
export function effectiveOnError(value: string, earliest: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !dayjs(value).isValid()) return '请选择生效日期';
  if (value < earliest) return `最早自${day(earliest)}起生效`;
  return undefined;
}

/** 撤回/撤销 with a reason (2–500 characters) and, for 撤回, the effective date. */
export function ReasonDialog({ earliest, onConfirm, ...dialog }: ReasonDialogProps) {
  const [effectiveOn, setEffectiveOn] = useState(earliest ?? '');
  const [picking, setPicking] = useState(false);
  // The earliest date arrives with the county profile: move a date that is now too early.
  useEffect(() => {
    if (earliest && (!effectiveOn || effectiveOn < earliest)) setEffectiveOn(earliest);
  }, [earliest, effectiveOn]);
  return (
    <>
      <BaseReasonDialog
        {...dialog}
        extraError={earliest ? effectiveOnError(effectiveOn, earliest) : undefined}
        extra={
          earliest && (
            <View className="reason-dialog__date">
              <Text>自 {day(effectiveOn || earliest)} 起不再承诺</Text>
              <Button size="small" fill="outline" onClick={() => setPicking(true)}>
                修改日期
              </Button>
            </View>
          )
        }
        onConfirm={(reason) => onConfirm(reason, effectiveOn)}
      />
      {picking && earliest && (
        <DatePicker
          visible
          type="date"
          title="撤回生效日期"
          showChinese
          startDate={dayjs(earliest).toDate()}
          endDate={dayjs(earliest).add(1, 'year').toDate()}
          defaultValue={dayjs(effectiveOn || earliest).toDate()}
          pickerProps={{ popupProps: { zIndex: 1300 } } as never}
          onConfirm={(_options, values) => setEffectiveOn(pickedDate(values))}
          onClose={() => setPicking(false)}
        />
      )}
    </>
  );
}
