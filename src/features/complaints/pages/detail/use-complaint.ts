import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import type { ComplaintDetail } from '@api/complaints';
import { useRemote } from '@/hooks/use-remote';
import { ApiError } from '@/services/request';
import { isRemovedOrChanged } from '@/services/stale-answer';
import { complaintsApi } from '../../api';

/**
 * The complaint named by ?id=, and `run` for every action: the server answers each one with the
 * complaint as it now stands, which replaces what is on screen. A refused action (e.g. 409
 * INVALID_TRANSITION after a colleague acted first) leaves its message on the page and reloads.
 */
export function useComplaint() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const [fresh, setFresh] = useState<ComplaintDetail>();
  const [problem, setProblem] = useState<string>();
  const remote = useRemote<ComplaintDetail>(async () => {
    if (!id) throw new ApiError(404, 'COMPLAINT_NOT_FOUND', '投诉不存在');
    const loaded = await complaintsApi.get(id);
    setFresh(undefined);
    return loaded;
  });

  /** Sends one action; throws (after showing why) so that its dialog stays open. */
  const run = async (send: (id: string) => Promise<ComplaintDetail>, done: string) => {
    setProblem(undefined);
    try {
      setFresh(await send(id));
      void Taro.showToast({ title: done, icon: 'success' });
    } catch (caught) {
      const message = caught instanceof ApiError ? caught.message : '操作失败，请稍后再试';
      setProblem(message);
      if (isRemovedOrChanged(caught, [409])) {
        // The complaint moved on meanwhile: show it as it is now; the dialog's action is moot.
        void remote.reload();
        return;
      }
      throw caught;
    }
  };

  return { ...remote, data: fresh ?? remote.data, id, run, problem };
}
