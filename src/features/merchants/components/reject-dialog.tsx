import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Dialog, TextArea } from '@nutui/nutui-react-taro';
import './reject-dialog.scss';

/** The server's rule for a rejection reason (2–500 characters). */
export function rejectReasonError(reason: string): string | undefined {
  const length = Array.from(reason.trim()).length;
  if (length < 2) return '请填写驳回原因（至少2个字）';
  if (length > 500) return '驳回原因最多500字';
  return undefined;
}

interface RejectDialogProps {
  visible: boolean;
  title: string;
  /** Who reads the reason, e.g. "原因会显示给申请人". */
  hint: string;
  onCancel: () => void;
  /** Rejects to keep the dialog open (the request failed). */
  onConfirm: (reason: string) => Promise<void>;
}

/** 驳回 with a reason the applicant will read. */
export function RejectDialog({ visible, title, hint, onCancel, onConfirm }: RejectDialogProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const error = rejectReasonError(reason);
  const close = () => {
    setReason('');
    onCancel();
  };
  return (
    <Dialog
      visible={visible}
      title={title}
      confirmText="确认驳回"
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
      <View className="reject-dialog">
        <Text className="muted">{hint}</Text>
        <TextArea
          className="reject-dialog__reason"
          value={reason}
          onChange={setReason}
          placeholder="驳回原因（至少2个字）"
          maxLength={500}
          showCount
        />
        {reason !== '' && error ? <Text className="reject-dialog__error">{error}</Text> : null}
      </View>
    </Dialog>
  );
}
