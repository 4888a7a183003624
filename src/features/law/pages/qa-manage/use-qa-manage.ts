import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { QaStatus } from '@api/law';
import { usePagedList } from '@/hooks/use-paged-list';
import { lawQaStaffApi } from '../../staff-qa-api';

/** The most the 待审核 badge counts; beyond it shows 50+. */
const COUNTED = 50;

/** How many cards wait for review ('50+' past one page); refreshed whenever the page shows. */
function useWaitingCount() {
  const [waiting, setWaiting] = useState<string>();
  const count = useCallback(() => {
    lawQaStaffApi
      .list('submitted', undefined, COUNTED)
      .then((page) => setWaiting(`${page.items.length}${page.nextCursor ? '+' : ''}`))
      .catch(() => setWaiting(undefined));
  }, []);
  useEffect(count, [count]);
  // Back from a review: the queue may have changed.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) count();
    shown.current = true;
  });
  return { waiting, recount: count };
}

/** One status tab of the staff list, latest change first; fresh again after a review or edit. */
export function useQaManage(status: QaStatus) {
  const list = usePagedList(
    async (cursor) => {
      const page = await lawQaStaffApi.list(status, cursor);
      return { items: page.items, nextCursor: page.nextCursor ?? null };
    },
    { key: status, reloadOnShow: true },
  );
  return { list, ...useWaitingCount() };
}
