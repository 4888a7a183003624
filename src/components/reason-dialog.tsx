import { useState } from 'react';
import { Text } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import { DecisionDialog, type DecisionDate } from './decision-dialog';
import './reason-dialog.scss';

/** The server's rule for a reason (驳回, 撤销, 撤回): 2–500 characters, or fewer where it says. */
export function reasonError(reason: string, what = '原因', max = 500): string | undefined {
  const length = Array.from(reason.trim()).length;
  if (length < 2) return `请填写${what}（至少2个字）`;
  if (length > max) return `${what}最多${max}字`;
  return undefined;
}

export interface ReasonDialogProps {
  visible: boolean;
  title: string;
  /** Who reads the reason, e.g. "原因会显示给申请人". */
  hint: string;
  confirmText: string;
  /** What the reason is called in messages and the placeholder, e.g. 驳回原因. */
  what?: string;
  /** A date asked for with the reason (e.g. when a withdrawal takes effect) and its problem. */
  date?: DecisionDate & { error?: string };
  /** The longest reason the route takes (default 500). */
  maxLength?: number;
  onCancel: () => void;
  /** Rejects to keep the dialog open (the request failed). */
  onConfirm: (reason: string) => Promise<void>;
}

/** A decision that needs a written reason: 驳回, 撤销, 撤回. */
export function ReasonDialog({
  hint,
  what = '原因',
  date,
  maxLength = 500,
  onCancel,
  onConfirm,
  ...dialog
}: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const error = reasonError(reason, what, maxLength) ?? date?.error;
  const close = () => {
    setReason('');
    onCancel();
  };
  return (
    <DecisionDialog
      {...dialog}
      className="reason-dialog"
      error={error}
      showError={reason !== ''}
      date={date}
      onCancel={close}
      onConfirm={async () => {
        await onConfirm(reason.trim());
        setReason('');
      }}
    >
      <Text className="muted">{hint}</Text>
      <TextArea
        className="reason-dialog__reason"
        value={reason}
        onChange={setReason}
        placeholder={`${what}（至少2个字）`}
        maxLength={maxLength}
        showCount
      />
    </DecisionDialog>
  );
}
