import { useEffect, useRef, useState } from 'react';
import type { MembershipReview, VerifyMembershipBody } from '@api/merchants';
import { useRemote } from '@/hooks/use-remote';
import { useQueueDecision } from '@/hooks/use-review-queue';
import { merchantsApi } from '../../api';

interface Queue {
  items: MembershipReview[];
  /** More requests wait behind this page (oldest first). */
  more: boolean;
}

async function loadQueue(): Promise<Queue> {
  const answer = await merchantsApi.membershipQueue();
  return { items: answer.items, more: answer.nextCursor !== null };
}

const verifyDecision = {
  send: (id: string, body: VerifyMembershipBody) => merchantsApi.verifyMembership(id, body),
  doneTitle: (body: VerifyMembershipBody) => (body.decision === 'approve' ? '已通过' : '已驳回'),
};

/** 商家核验: the pending requests, and decisions that take a request out of the queue. */
export function useVerify() {
  const remote = useRemote(loadQueue);
  // Decisions hide requests of the page they were made on; a fresh page comes without them.
  const [decided, setDecided] = useState<{ page?: Queue; ids: ReadonlySet<string> }>({
    ids: new Set(),
  });
  const page = useRef(remote.data);
  page.current = remote.data;
  const hidden = decided.page === remote.data ? decided.ids : undefined;
  const items = remote.data?.items.filter((item) => !hidden?.has(item.id));
  const leave = (id: string) =>
    setDecided((current) => ({
      page: page.current,
      ids: new Set(current.page === page.current ? current.ids : []).add(id),
    }));

  // Every request on this page decided and more waiting: fetch the next oldest ones.
  const { reload, loading } = remote;
  const emptied = items?.length === 0 && remote.data!.items.length > 0 && remote.data!.more;
  useEffect(() => {
    if (emptied && !loading) void reload();
  }, [emptied, loading, reload]);

  const decision = useQueueDecision<MembershipReview, VerifyMembershipBody, 'approve' | 'reject'>(
    verifyDecision,
    leave,
  );
  return { ...remote, items, more: remote.data?.more ?? false, ...decision };
}
