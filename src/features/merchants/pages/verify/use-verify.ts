import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { MembershipReview, VerifyMembershipBody } from '@api/merchants';
import { useRemote } from '@/hooks/use-remote';
import { ApiError } from '@/services/request';
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

  /** Throws when the decision was not recorded (the dialog stays open for another try). */
  const decide = async (item: MembershipReview, body: VerifyMembershipBody) => {
    try {
      await merchantsApi.verifyMembership(item.id, body);
    } catch (caught) {
      // Decided by a colleague meanwhile (request() has shown the server's message).
      if (caught instanceof ApiError && (caught.status === 404 || caught.status === 409)) {
        leave(item.id);
        return;
      }
      throw caught;
    }
    leave(item.id);
    void Taro.showToast({
      title: body.decision === 'approve' ? '已通过' : '已驳回',
      icon: 'success',
    });
  };

  return { ...remote, items, more: remote.data?.more ?? false, decide };
}
