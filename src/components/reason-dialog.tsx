import { useState, type ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { Dialog, TextArea } from '@nutui/nutui-react-taro';
import './reason-dialog.scss';

/** The server's rule for a reason (驳回, 撤销, 撤回): 2–500 characters. */
export function reasonError(reason: string, what = '原因'): string | undefined {
  const length = Array.from(reason.trim()).length;
  if (length < 2) return `请填写${what}（至少2个字）`;
  if (length > 500) return `${what}最多500字`;
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
  /** Extra fields under the reason (e.g. an effective date) and their own problem, if any. */
  extra?: ReactNode;
  extraError?: string;
  onCancel: () => void;
  /** Rejects to keep the dialog open (the request failed). */
  onConfirm: (reason: string) => Promise<void>;
}

/** A decision that needs a written reason: 驳回, 撤销, 撤回. */
export function ReasonDialog({
  visible,
  title,
  hint,
  confirmText,
  what = '原因',
  extra,
  extraError,
  onCancel,
  onConfirm,
}: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const error = reasonError(reason, what) ?? extraError;
  const close = () => {
    setReason('');
    onCancel();
  };
  return (
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
          await onConfirm(reason.trim());
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
          placeholder={`${what}（至少2个字）`}
          maxLength={500}
          showCount
        />
        {extra}
        {reason !== '' && error ? <Text className="reason-dialog__error">{error}</Text> : null}
      </View>
    </Dialog>
  );
}
