import { useState } from 'react';
import dayjs from 'dayjs';
import { View, Text } from '@tarojs/components';
import { Button, DatePicker, Dialog, TextArea } from '@nutui/nutui-react-taro';
import { day } from '../labels';
import { pickedDate, reasonError, startsOnError } from '../pledge-rules';
import './reason-dialog.scss';

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
export function ReasonDialog({
  visible,
  title,
  hint,
  confirmText,
  withDate,
  onCancel,
  onConfirm,
}: ReasonDialogProps) {
  const today = dayjs();
  const [reason, setReason] = useState('');
  const [effectiveOn, setEffectiveOn] = useState(() => today.format('YYYY-MM-DD'));
  const [picking, setPicking] = useState(false);
  const [busy, setBusy] = useState(false);
  const error = reasonError(reason) ?? (withDate ? startsOnError(effectiveOn) : undefined);
  const close = () => {
    setReason('');
    onCancel();
  };
  return (
    <>
      <Dialog
        visible={visible}
        title={title}
        confirmText={confirmText}
        disableConfirmButton={Boolean(error) || busy}
        onCancel={close}
        onClose={close}
        onConfirm={async () => {
          if (error) throw new Error(error);
          setBusy(true);
          try {
            await onConfirm(reason.trim(), effectiveOn);
            setReason('');
          } finally {
            setBusy(false);
          }
        }}
      >
        <View className="reason-dialog">
          <Text className="muted">{hint}</Text>
          <TextArea
            className="reason-dialog__reason"
            value={reason}
            onChange={setReason}
            placeholder="原因（至少2个字）"
            maxLength={500}
            showCount
          />
          {withDate && (
            <View className="reason-dialog__date">
              <Text>自 {day(effectiveOn)} 起不再承诺</Text>
              <Button size="small" fill="outline" onClick={() => setPicking(true)}>
                修改日期
              </Button>
            </View>
          )}
          {reason !== '' && error ? <Text className="reason-dialog__error">{error}</Text> : null}
        </View>
      </Dialog>
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
