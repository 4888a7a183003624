import { useState } from 'react';
import type { PledgeCertificate, PledgeTransitionBody } from '@api/pledges';
import { useReviewQueue } from '@/hooks/use-review-queue';
import { pledgesApi } from '../../api';

/**
 * 承诺核验: the pledges waiting for a check, oldest first, fresh whenever the page is shown again.
 * 核验通过 is sent at once; 撤销 is confirmed with a reason in a dialog. Either takes the pledge out.
 */
export function usePledgeReview() {
  const queue = useReviewQueue<PledgeCertificate, PledgeTransitionBody, 'revoke'>({
    load: (cursor) => pledgesApi.pending(cursor),
    reloadOnShow: true,
    send: (id, body) => pledgesApi.transition(id, body),
    doneTitle: (body) => (body.action === 'verify' ? '已核验通过' : '已撤销'),
  });
  /** The pledge whose 核验通过 is on its way. */
  const [verifying, setVerifying] = useState<string>();

  const verify = async (pledge: PledgeCertificate) => {
    setVerifying(pledge.id);
    try {
      await queue.decide(pledge, { action: 'verify' });
    } catch {
      // request() has shown the server's message; the item stays.
    } finally {
      setVerifying(undefined);
    }
  };

  /** Rejects to keep the dialog open (the request failed). */
  const revoke = async (reason: string) => {
    const revoking = queue.pending?.item;
    if (revoking) await queue.decide(revoking, { action: 'revoke', reason });
    queue.close();
  };

  return { ...queue, verifying, verify, revoke };
}
