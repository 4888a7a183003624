import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { PledgeCertificate, PledgeTransitionBody } from '@api/pledges';
import { useRemote } from '@/hooks/use-remote';
import { useReviewQueue } from '@/hooks/use-review-queue';
import { pledgesApi } from '../../api';

/**
 * 承诺核验: the county's figures and the pledges waiting for a check, oldest first, both fresh
 * whenever the page is shown again. 核验通过 and 撤销 are each confirmed in a dialog (撤销 with
 * a reason); either takes the pledge out of the queue and refreshes the figures.
 */
export function usePledgeReview() {
  const stats = useRemote(pledgesApi.stats);
  const queue = useReviewQueue<PledgeCertificate, PledgeTransitionBody, 'verify' | 'revoke'>({
    load: (cursor) => pledgesApi.pending(cursor),
    reloadOnShow: true,
    send: (id, body) => pledgesApi.transition(id, body),
    doneTitle: (body) => (body.action === 'verify' ? '已核验通过' : '已撤销'),
  });

  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void stats.reload();
    shown.current = true;
  });

  /** Rejects to keep the dialog open (the request failed). */
  const decide = async (body: PledgeTransitionBody) => {
    const pledge = queue.pending?.item;
    if (!pledge) return;
    try {
      await queue.decide(pledge, body);
      queue.close();
    } finally {
      // 待核验 and 有效承诺 change with every decision, also one a colleague made meanwhile.
      void stats.reload();
    }
  };

  return {
    stats,
    queue,
    /** The pledge whose 核验通过 is being confirmed. */
    verifying: queue.pending?.kind === 'verify' ? queue.pending.item : undefined,
    revoking: queue.pending?.kind === 'revoke' ? queue.pending.item : undefined,
    verify: () => decide({ action: 'verify' }),
    revoke: (reason: string) => decide({ action: 'revoke', reason }),
  };
}
