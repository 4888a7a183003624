import { useState } from 'react';
import { Text } from '@tarojs/components';
import { Dialog, TextArea } from '@nutui/nutui-react-taro';
import type { ModelUnitBadge } from '@api/model-units';

interface Props {
  badge: ModelUnitBadge | undefined;
  onCancel: () => void;
  onConfirm: (badge: ModelUnitBadge, reason: string) => Promise<void>;
}

/** Staff revoke a model-unit title; the reason is shown publicly on the merchant page. */
export function RevokeDialog({ badge, onCancel, onConfirm }: Props) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const tooShort = reason.trim().length < 2;
  return (
    <Dialog
      visible={badge !== undefined}
      title="撤销示范单位"
      confirmText="确认撤销"
      disableConfirmButton={tooShort || busy}
      onCancel={onCancel}
      onClose={onCancel}
      onConfirm={async () => {
        if (!badge || tooShort) return;
        setBusy(true);
        try {
          await onConfirm(badge, reason.trim());
          setReason('');
        } finally {
          setBusy(false);
        }
      }}
    >
      <Text className="muted">撤销原因将在商家页面公开显示，请如实填写。</Text>
      <TextArea
        value={reason}
        onChange={setReason}
        placeholder="撤销原因（至少2个字）"
        maxLength={500}
      />
    </Dialog>
  );
}
