import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { TipRejectReason } from '@api/tips';
import { ChipGroup } from '@/components/chip-group';
import { DecisionDialog } from '@/components/decision-dialog';
import { TIP_REJECT_REASONS } from '@/domain/tip-vocabulary';
import './report-dialog.scss';

interface RejectDialogProps {
  /** The tip's title while the dialog is open. */
  title: string | undefined;
  onCancel: () => void;
  /** Rejects to keep the dialog open (the request failed). */
  onConfirm: (reason: TipRejectReason) => Promise<void>;
}

/** 不通过 with a reason from the fixed list; the author is told it. */
export function RejectDialog({ title, onCancel, onConfirm }: RejectDialogProps) {
  const [reason, setReason] = useState<TipRejectReason | ''>('');
  const close = () => {
    setReason('');
    onCancel();
  };
  return (
    <DecisionDialog
      visible={title !== undefined}
      title="不通过"
      confirmText="确认不通过"
      error={reason ? undefined : '请选择原因'}
      showError={false}
      className="report-dialog"
      onCancel={close}
      onConfirm={async () => {
        if (!reason) return;
        await onConfirm(reason);
        setReason('');
      }}
    >
      <Text className="muted">「{title}」不会公开，所选原因会通知作者。</Text>
      <View className="report-dialog__reasons">
        <ChipGroup
          label="不通过原因"
          value={reason}
          options={TIP_REJECT_REASONS}
          onChange={(next) => setReason(next as TipRejectReason)}
        />
      </View>
    </DecisionDialog>
  );
}
