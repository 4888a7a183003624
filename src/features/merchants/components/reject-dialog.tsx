import { ReasonDialog, reasonError } from '@/components/reason-dialog';

/** The server's rule for a rejection reason (2–500 characters). */
export const rejectReasonError = (reason: string) => reasonError(reason, '驳回原因');

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
export function RejectDialog(props: RejectDialogProps) {
  return <ReasonDialog {...props} confirmText="确认驳回" what="驳回原因" />;
}
