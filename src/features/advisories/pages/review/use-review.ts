import { useEffect, useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import type { AdvisoryTransitionBody, StaffAdvisory } from '@api/advisories';
import { merchantsApi } from '@/features/merchants';
import { useRemote } from '@/hooks/use-remote';
import { ApiError } from '@/services/request';
import { useSession } from '@/services/session';
import { advisoriesStaffApi } from '../../staff-api';

export type ReviewDialog = 'publish' | 'return' | 'unpublish';

const DONE: Record<AdvisoryTransitionBody['action'], string> = {
  submit: '已提交审核',
  return: '已退回作者',
  publish: '已发布',
  unpublish: '已下线',
};

/** The name of the merchant a 警示 names (the content holds only its id). */
export function useMerchantName(merchantId: string | undefined) {
  const [name, setName] = useState<string>();
  useEffect(() => {
    setName(undefined);
    if (!merchantId) return;
    let alive = true;
    merchantsApi
      .get(merchantId)
      .then((merchant) => alive && setName(merchant.name))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [merchantId]);
  return name;
}

/** What the caller may do with the advisory (or its pending new version) now. */
export function reviewActions(advisory: StaffAdvisory, me: string | undefined) {
  const revision = advisory.revision;
  const pending = revision ? revision.status : advisory.status;
  const mine = (revision?.authorId ?? advisory.authorId) === me;
  const published = advisory.status === 'published';
  return {
    /** The author's draft (or new version) may be edited and submitted by them. */
    edit: (pending === 'draft' && mine) || (published && !revision),
    submit: pending === 'draft' && mine,
    review: pending === 'submitted',
    /** Submitted by the caller: someone else must publish it. */
    ownSubmission: pending === 'submitted' && mine,
    unpublish: published,
  };
}

/** 审核: the advisory, its versions, and the transitions (提交, 退回, 发布, 下线). */
export function useReview(id: string) {
  const advisory = useRemote(() => advisoriesStaffApi.get(id));
  const versions = useRemote(() => advisoriesStaffApi.versions(id));
  const me = useSession()?.user.id;
  const [dialog, setDialog] = useState<ReviewDialog>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);

  // Back from the editor: show what was saved.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void advisory.reload();
    shown.current = true;
  });

  /** Sends a transition; a failure is shown and rethrown (a dialog stays open). */
  const act = async (body: AdvisoryTransitionBody) => {
    setNotice(undefined);
    setBusy(true);
    try {
      await advisoriesStaffApi.transition(id, body);
      setDialog(undefined);
      void Taro.showToast({ title: DONE[body.action], icon: 'success' });
      await Promise.all([advisory.reload(), versions.reload()]);
    } catch (caught) {
      const message = caught instanceof ApiError ? caught.message : '操作失败，请稍后再试';
      setNotice(message);
      void Taro.showToast({ title: message, icon: 'none' });
      throw caught;
    } finally {
      setBusy(false);
    }
  };

  return { advisory, versions, me, dialog, setDialog, notice, busy, act };
}
