import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { Supervision, SupervisionState } from '@api/disclosure';
import { itemPath } from '@/services/api-calls';
import { ApiError, request } from '@/services/request';

const path = (complaintId: string) => itemPath('/complaints', complaintId, '/supervision');

/**
 * 督办 of one complaint (staff): whether it is supervised, marking it with a
 * note and lifting it. A refusal's message stays on the page as `problem`.
 */
export function useSupervision(complaintId: string) {
  const [supervision, setSupervision] = useState<Supervision | null>();
  const [problem, setProblem] = useState<string>();

  const load = useCallback(async () => {
    try {
      // null: nobody supervises it.
      setSupervision(await request<SupervisionState>(path(complaintId), { toast: false }));
    } catch (caught) {
      setProblem(caught instanceof ApiError ? caught.message : '督办状态加载失败');
    }
  }, [complaintId]);

  useEffect(() => {
    void load();
  }, [load]);

  /** Throws after showing why, so that the dialog stays open. */
  const act = async (send: () => Promise<Supervision | null>, done: string) => {
    setProblem(undefined);
    try {
      setSupervision(await send());
      void Taro.showToast({ title: done, icon: 'success' });
    } catch (caught) {
      setProblem(caught instanceof ApiError ? caught.message : '操作失败，请稍后再试');
      throw caught;
    }
  };

  const mark = (note: string) =>
    act(
      () =>
        request<Supervision>(path(complaintId), {
          method: 'PUT',
          data: { note },
          toast: false,
        }),
      '已督办',
    );

  const lift = () =>
    act(async () => {
      await request<void>(path(complaintId), { method: 'DELETE', toast: false });
      return null;
    }, '已取消督办');

  return { supervision, problem, mark, lift };
}
