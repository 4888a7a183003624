import type { ModelUnitBadge } from '@api/model-units';
import { ReasonDialog } from '@/components/reason-dialog';

interface Props {
  badge: ModelUnitBadge | undefined;
  onCancel: () => void;
  onConfirm: (badge: ModelUnitBadge, reason: string) => Promise<void>;
}

/** Staff revoke a model-unit title; the reason is shown publicly on the merchant page. */
export function RevokeDialog({ badge, onCancel, onConfirm }: Props) {
  return (
    <ReasonDialog
      visible={badge !== undefined}
      title="撤销示范单位"
      hint="撤销原因将在商家页面公开显示，请如实填写。"
      confirmText="确认撤销"
      what="撤销原因"
      onCancel={onCancel}
      onConfirm={async (reason) => {
        if (badge) await onConfirm(badge, reason);
      }}
    />
  );
}
