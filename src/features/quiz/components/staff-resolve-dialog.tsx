import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Dialog, TextArea } from '@nutui/nutui-react-taro';
import { LIMITS } from '../staff-vocabulary';

interface StaffResolveDialogProps {
  /** Which decision is being confirmed; undefined: closed. */
  status: 'fixed' | 'dismissed' | undefined;
  stem: string;
  onCancel: () => void;
  /** Rejects to keep the dialog open (the request failed). */
  onConfirm: (note: string | undefined) => Promise<void>;
}

/** 标记已修正 / 驳回 a 题目纠错, with an optional note (at most 200 characters). */
export function StaffResolveDialog({ status, stem, onCancel, onConfirm }: StaffResolveDialogProps) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const fixed = status === 'fixed';
  const close = () => {
    setNote('');
    onCancel();
  };
  return (
    <Dialog
      visible={status !== undefined}
      title={fixed ? '标记已修正' : '驳回纠错'}
      confirmText={fixed ? '确认已修正' : '确认驳回'}
      disableConfirmButton={busy}
      onCancel={close}
      onClose={close}
      onConfirm={async () => {
        setBusy(true);
        try {
          await onConfirm(note.trim() || undefined);
          setNote('');
        } finally {
          setBusy(false);
        }
      }}
    >
      <View className="staff-resolve">
        <Text className="muted">
          {fixed
            ? `确认题目「${stem.slice(0, 30)}」已按纠错修改？`
            : `确认题目「${stem.slice(0, 30)}」无误，驳回这条纠错？`}
        </Text>
        <TextArea
          value={note}
          onChange={setNote}
          placeholder={fixed ? '备注（选填），如改了哪里' : '备注（选填），如驳回的理由'}
          maxLength={LIMITS.note}
          showCount
        />
      </View>
    </Dialog>
  );
}
