import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { DutyView, RosterBody } from '@api/disclosure';
import { useRemote } from '@/hooks/use-remote';
import { followUpApi } from '../../follow-up-api';

/** The duty view (pull to refresh), and the roster saved in place: its answer replaces the view. */
export function useDuty() {
  const [saved, setSaved] = useState<DutyView>();
  const remote = useRemote(async () => {
    const view = await followUpApi.duty();
    setSaved(undefined);
    return view;
  });

  const saveRoster = async (body: RosterBody) => {
    setSaved(await followUpApi.saveRoster(body));
    void Taro.showToast({ title: '排班已保存', icon: 'success' });
  };

  return { ...remote, data: saved ?? remote.data, saveRoster };
}
