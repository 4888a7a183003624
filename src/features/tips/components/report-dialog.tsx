import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import type { TipReportReason } from '@api/tips';
import { ChipGroup } from '@/components/chip-group';
import { DecisionDialog } from '@/components/decision-dialog';
import { TIP_LIMITS, TIP_REPORT_REASONS } from '@/domain/tip-vocabulary';
import { newIdempotencyKey } from '@/services/request';
import { tipsApi } from '../api';
import './report-dialog.scss';

interface ReportDialogProps {
  tipId: string;
  visible: boolean;
  onClose: () => void;
  onReported: () => void;
}

/** 举报不当内容: a reason from the list and an optional note, sent once however often retried. */
export function ReportDialog({ tipId, visible, onClose, onReported }: ReportDialogProps) {
  const [reason, setReason] = useState<TipReportReason | ''>('');
  const [note, setNote] = useState('');
  // One key per report being written: a retry after a lost answer never reports twice.
  const [key, setKey] = useState(newIdempotencyKey);
  const reset = () => {
    setReason('');
    setNote('');
    setKey(newIdempotencyKey());
  };
  return (
    <DecisionDialog
      visible={visible}
      title="举报不当内容"
      confirmText="提交举报"
      error={reason ? undefined : '请选择举报原因'}
      showError={false}
      className="report-dialog"
      onCancel={onClose}
      onConfirm={async () => {
        if (!reason) return;
        const trimmed = note.trim();
        await tipsApi.report(tipId, { reason, ...(trimmed && { note: trimmed }) }, key);
        reset();
        onReported();
      }}
    >
      <Text className="muted">工作人员会尽快核实处理，举报人信息不会告诉作者。</Text>
      <View className="report-dialog__reasons">
        <ChipGroup
          label="举报原因"
          value={reason}
          options={TIP_REPORT_REASONS}
          onChange={(next) => setReason(next as TipReportReason)}
        />
      </View>
      <TextArea
        value={note}
        onChange={setNote}
        placeholder="补充说明（选填）"
        maxLength={TIP_LIMITS.note.max}
        showCount
      />
    </DecisionDialog>
  );
}
