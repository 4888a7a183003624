import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import type { BatchTransitionBody, ExclusionBody, ResponseDecisionBody } from '@api/disclosure';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRemote } from '@/hooks/use-remote';
import { ApiError, newIdempotencyKey } from '@/services/request';
import { useSession } from '@/services/session';
import { disclosureRoutes } from '../../routes';
import { disclosureStaffApi, type RowFilter } from '../../staff-api';

export type TransitionAction = BatchTransitionBody['action'];

const DONE: Record<TransitionAction, string> = {
  notify: '已通知经营者',
  submit: '已提交审批',
  return: '已退回',
  publish: '已发布',
  withdraw: '已撤回',
};

const messageOf = (caught: unknown) =>
  caught instanceof ApiError ? caught.message : '操作失败，请稍后再试';

/**
 * One batch under review: the batch, its rows (filtered), and every step staff take on the
 * batch, its rows and the businesses' responses. A failed step keeps its message in `notice`
 * and rethrows, so the dialog that sent it stays open.
 */
export function useBatchReview(id: string) {
  const batch = useRemote(() => disclosureStaffApi.get(id));
  const me = useSession()?.user.id;
  const [rowFilter, setRowFilter] = useState<RowFilter>({});
  /** A refused step's message and where it shows: 'actions', or the row's or response's id. */
  const [notice, setNotice] = useState<{ where: string; text: string }>();
  const [busy, setBusy] = useState(false);

  const rows = usePagedList(
    async (cursor) => {
      const page = await disclosureStaffApi.rows(id, rowFilter, cursor);
      return { items: page.items, nextCursor: page.nextCursor ?? null };
    },
    { key: JSON.stringify(rowFilter) },
  );

  // Back from the preview: the batch may have moved on in the meantime.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void batch.reload();
    shown.current = true;
  });

  const run = async (where: string, work: () => Promise<unknown>, done: string) => {
    setNotice(undefined);
    setBusy(true);
    try {
      await work();
      void Taro.showToast({ title: done, icon: 'success' });
    } catch (caught) {
      setNotice({ where, text: messageOf(caught) });
      throw caught;
    } finally {
      setBusy(false);
    }
  };

  const act = (body: BatchTransitionBody) =>
    run(
      'actions',
      async () => {
        await disclosureStaffApi.transition(id, body);
        await Promise.all([batch.reload(), rows.reload()]);
      },
      DONE[body.action],
    );

  // One key per correction dialog: a retry after a lost answer opens one new version, not two.
  const correctionKey = useRef(newIdempotencyKey());
  const correct = (changeNote: string) =>
    run(
      'actions',
      async () => {
        const created = await disclosureStaffApi.correct(id, { changeNote }, correctionKey.current);
        correctionKey.current = newIdempotencyKey();
        void Taro.redirectTo({ url: disclosureRoutes.review(created.id) });
      },
      '已生成更正版本',
    );

  const exclude = (rowId: string, body: ExclusionBody) =>
    run(
      rowId,
      async () => {
        await disclosureStaffApi.exclude(id, rowId, body);
        await Promise.all([batch.reload(), rows.reload()]);
      },
      '已排除',
    );

  const include = (rowId: string) =>
    run(
      rowId,
      async () => {
        await disclosureStaffApi.include(id, rowId);
        await Promise.all([batch.reload(), rows.reload()]);
      },
      '已恢复公示',
    );

  const decide = (responseId: string, body: ResponseDecisionBody) =>
    run(
      responseId,
      async () => {
        await disclosureStaffApi.decide(responseId, body);
        await Promise.all([batch.reload(), rows.reload()]);
      },
      body.decision === 'upheld' ? '已采纳' : '已不采纳',
    );

  return {
    batch,
    me,
    rows,
    rowFilter,
    setRowFilter,
    noticeAt: (where: string) => (notice?.where === where ? notice.text : undefined),
    busy,
    act,
    correct,
    exclude,
    include,
    decide,
  };
}

export type BatchReview = ReturnType<typeof useBatchReview>;
