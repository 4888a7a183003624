import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import type { QaTransitionBody, StaffQa } from '@api/law';
import { useRemote } from '@/hooks/use-remote';
import { ApiError } from '@/services/request';
import { useSession } from '@/services/session';
import { lawQaStaffApi } from '../../staff-qa-api';

export type ReviewDialog = 'return' | 'unpublish';

const DONE: Record<QaTransitionBody['action'], string> = {
  submit: '已提交审核',
  return: '已退回作者',
  publish: '已发布',
  unpublish: '已撤下',
};

/** What the caller may do with the card (or its pending new version) now. */
export function reviewActions(qa: StaffQa, me: string | undefined) {
  const revision = qa.revision;
  const pending = revision ? revision.status : qa.status;
  const authorId = revision ? revision.authorId : qa.authorId;
  const mine = authorId !== undefined && authorId === me;
  // The cards that ship have no author: any staff member takes them on.
  const unowned = !revision && !qa.authorId;
  const published = qa.status === 'published';
  return {
    edit: (pending === 'draft' && (mine || unowned)) || (published && !revision),
    submit: pending === 'draft' && (mine || unowned),
    review: pending === 'submitted',
    /** Written by the caller: someone else must publish it (the button is not shown). */
    ownSubmission: pending === 'submitted' && mine,
    unpublish: published,
  };
}

/** 审核问答: the card, and the transitions (提交, 退回, 发布, 撤下). */
export function useQaReview(id: string) {
  const qa = useRemote(() => lawQaStaffApi.get(id));
  const me = useSession()?.user.id;
  const [dialog, setDialog] = useState<ReviewDialog>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState<QaTransitionBody['action']>();

  // Back from the editor: show what was saved.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void qa.reload();
    shown.current = true;
  });

  /** Sends a transition; a failure is shown on the page and rethrown (a dialog stays open). */
  const act = async (body: QaTransitionBody) => {
    setNotice(undefined);
    setBusy(body.action);
    try {
      await lawQaStaffApi.transition(id, body);
      setDialog(undefined);
      void Taro.showToast({ title: DONE[body.action], icon: 'success' });
      await qa.reload();
    } catch (caught) {
      const message = caught instanceof ApiError ? caught.message : '操作失败，请稍后再试';
      setNotice(message);
      void Taro.showToast({ title: message, icon: 'none' });
      throw caught;
    } finally {
      setBusy(undefined);
    }
  };

  return { qa, me, dialog, setDialog, notice, busy, act };
}
