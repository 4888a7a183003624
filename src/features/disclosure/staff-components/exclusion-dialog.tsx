import { useState } from 'react';
import type { ExclusionBody, StaffExclusionReason, StaffRow } from '@api/disclosure';
import { ChipGroup } from '@/components/chip-group';
import { EXCLUSION_REASONS, STAFF_EXCLUSIONS } from '@/domain/disclosure-vocabulary';
import { Text } from '@tarojs/components';
import { ActionDialog } from './action-dialog';
import { shortReason } from './staff-labels';

interface ExclusionDialogProps {
  row: StaffRow | undefined;
  onCancel: () => void;
  onConfirm: (row: StaffRow, body: ExclusionBody) => Promise<void>;
}

/** 排除 one row: a reason from the fixed list and a note, both recorded in the audit log. */
export function ExclusionDialog({ row, onCancel, onConfirm }: ExclusionDialogProps) {
  const [reason, setReason] = useState<StaffExclusionReason | ''>('');
  const close = () => {
    setReason('');
    onCancel();
  };
  return (
    <ActionDialog
      visible={row !== undefined}
      title="排除这条投诉"
      confirmText="确认排除"
      hint={row ? `${row.businessName} · ${row.trackingNo}` : undefined}
      note={{ what: '排除说明' }}
      error={reason ? undefined : '请选择排除原因'}
      onCancel={close}
      onConfirm={async (note) => {
        if (!row || !reason) return;
        await onConfirm(row, { reason, note });
        setReason('');
      }}
    >
      <ChipGroup
        className="exclusion-dialog__reasons"
        label="排除原因"
        value={reason}
        options={STAFF_EXCLUSIONS}
        labelOf={shortReason}
        onChange={(next) => setReason(next as StaffExclusionReason)}
      />
      {/* The legal reference of the chosen reason, when it has one. */}
      {reason && EXCLUSION_REASONS[reason] !== shortReason(reason) && (
        <Text className="muted">{EXCLUSION_REASONS[reason]}</Text>
      )}
    </ActionDialog>
  );
}
