import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { PendingDecision } from '@/hooks/use-review-queue';
import { ReasonDialog } from './reason-dialog';

export type Verdict = 'approve' | 'reject';

/** The 驳回 / 通过 pair under an item of a staff queue. */
export function DecisionButtons({
  className,
  onDecide,
}: {
  className: string;
  onDecide: (verdict: Verdict) => void;
}) {
  return (
    <View className={className}>
      <Button type="danger" fill="outline" onClick={() => onDecide('reject')}>
        驳回
      </Button>
      <Button type="primary" onClick={() => onDecide('approve')}>
        通过
      </Button>
    </View>
  );
}

/** The parts of a useReviewQueue() (or useQueueDecision()) result the reject dialog reads. */
interface RejectingQueue<T> {
  pending: PendingDecision<T, Verdict> | undefined;
  close: () => void;
  decide: (item: T, body: { decision: 'reject'; reason: string }) => Promise<void>;
}

/** 驳回「商家」 with a reason the applicant reads, for the item the queue is confirming. */
export function QueueRejectDialog<T extends { merchantName: string }>({
  queue,
  hint,
}: {
  queue: RejectingQueue<T>;
  /** Who reads the reason, e.g. "驳回原因会显示给申请人". */
  hint: string;
}) {
  const { pending } = queue;
  return (
    <ReasonDialog
      visible={pending?.kind === 'reject'}
      title={`驳回「${pending?.item.merchantName ?? ''}」`}
      hint={hint}
      confirmText="确认驳回"
      what="驳回原因"
      onCancel={queue.close}
      onConfirm={async (reason) => {
        if (pending) await queue.decide(pending.item, { decision: 'reject', reason });
      }}
    />
  );
}
