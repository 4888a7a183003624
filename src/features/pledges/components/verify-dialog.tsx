import { View, Text } from '@tarojs/components';
import type { PledgeCertificate } from '@api/pledges';
import { DecisionDialog } from '@/components/decision-dialog';
import { KIND_LABELS } from '../labels';
import './verify-dialog.scss';

interface VerifyDialogProps {
  /** The pledge being confirmed; undefined: the dialog is closed. */
  pledge: PledgeCertificate | undefined;
  onCancel: () => void;
  /** Rejects to keep the dialog open (the request failed). */
  onConfirm: () => Promise<void>;
}

/** 核验通过, confirmed: which pledge, what staff should have checked, what passing makes public. */
export function VerifyDialog({ pledge, onCancel, onConfirm }: VerifyDialogProps) {
  return (
    <DecisionDialog
      visible={pledge !== undefined}
      // Short: NutUI cuts a dialog title to one line (the shop's name goes in the body).
      title="确认核验通过"
      confirmText="确认通过"
      className="verify-dialog"
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      {pledge && (
        <>
          <Text className="verify-dialog__merchant">{pledge.merchantName}</Text>
          <View className="verify-dialog__facts">
            <Text>{KIND_LABELS[pledge.kind]}</Text>
            <Text className="verify-dialog__number">承诺编号 {pledge.certificateNo}</Text>
          </View>
          <Text className="muted verify-dialog__hint">
            请确认已核对承诺内容、签署人和签名。通过后承诺将在商家页面和承诺书上公开，商家须按承诺办理。
          </Text>
          {!pledge.intact && (
            <Text className="decision-dialog__error">
              内容校验不一致，可能已被改动，建议先撤销核实。
            </Text>
          )}
        </>
      )}
    </DecisionDialog>
  );
}
