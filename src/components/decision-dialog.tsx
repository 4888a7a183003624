import { useState, type PropsWithChildren, type ReactNode } from 'react';
import dayjs from 'dayjs';
import { View, Text } from '@tarojs/components';
import { Button, DatePicker, Dialog } from '@nutui/nutui-react-taro';
import { pickedDate } from '@/domain/iso-date';
import { useBusy } from '@/hooks/use-busy';
import './decision-dialog.scss';

/** A date asked for in the dialog: a row with its label and a button that opens a picker. */
export interface DecisionDate {
  /** 'YYYY-MM-DD' */
  value: string;
  /** The row's text, e.g. 有效期至 2027年3月4日. */
  label: ReactNode;
  /** The picker's title. */
  title: string;
  start: Date;
  end: Date;
  onChange: (value: string) => void;
}

export interface DecisionDialogProps {
  visible: boolean;
  title: string;
  confirmText: string;
  /** The problem that blocks confirming, if any. */
  error?: string;
  /** Whether to show the problem under the fields (e.g. not before the user typed anything). */
  showError?: boolean;
  className?: string;
  date?: DecisionDate;
  onCancel: () => void;
  /** Rejects to keep the dialog open (the request failed). */
  onConfirm: () => Promise<void>;
}

/** Above the dialog (z-index 1200); NutUI fills in the popup's other props itself. */
const ABOVE_DIALOG = { popupProps: { zIndex: 1300 } } as never;

/** A staff or owner decision confirmed in a dialog: busy while it is sent, blocked while invalid. */
export function DecisionDialog({
  visible,
  title,
  confirmText,
  error,
  showError = true,
  className,
  date,
  onCancel,
  onConfirm,
  children,
}: PropsWithChildren<DecisionDialogProps>) {
  const { busy, whileBusy } = useBusy();
  const [picking, setPicking] = useState(false);
  return (
    <>
      <Dialog
        visible={visible}
        title={title}
        confirmText={confirmText}
        disableConfirmButton={Boolean(error) || busy}
        onCancel={onCancel}
        onClose={onCancel}
        onConfirm={async () => {
          if (error) throw new Error(error);
          await whileBusy(onConfirm);
        }}
      >
        <View className={['decision-dialog', className].filter(Boolean).join(' ')}>
          {children}
          {date && (
            <View className="decision-dialog__date">
              <Text>{date.label}</Text>
              <Button size="small" fill="outline" onClick={() => setPicking(true)}>
                修改日期
              </Button>
            </View>
          )}
          {showError && error ? <Text className="decision-dialog__error">{error}</Text> : null}
        </View>
      </Dialog>
      {picking && date && (
        <DatePicker
          visible
          type="date"
          title={date.title}
          showChinese
          startDate={date.start}
          endDate={date.end}
          defaultValue={dayjs(date.value).toDate()}
          pickerProps={ABOVE_DIALOG}
          onConfirm={(_options, values) => date.onChange(pickedDate(values))}
          onClose={() => setPicking(false)}
        />
      )}
    </>
  );
}
