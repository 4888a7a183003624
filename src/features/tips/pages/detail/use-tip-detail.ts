import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import type { PublicTip } from '@api/tips';
import { useRemote } from '@/hooks/use-remote';
import { sharedItemId, useItemShare } from '@/hooks/use-item-share';
import { absoluteUploadUrl } from '@/components/private-image';
import { tipsApi } from '../../api';
import { DETAIL_PATH } from '../../routes-extra';
import { askToSignIn } from '@/services/ask-to-sign-in';

/** One published tip: loading, 有用 (once), 举报, and its 转发 / 朋友圈 cards. */
export function useTipDetail() {
  const id = sharedItemId('tip', useRouter().params) ?? '';
  const remote = useRemote(() => tipsApi.get(id));
  /** The tip as changed here (有用), over what was loaded. */
  const [local, setLocal] = useState<Partial<PublicTip>>({});
  const [marking, setMarking] = useState(false);
  const [reporting, setReporting] = useState(false);
  const tip = remote.data && { ...remote.data, ...local };

  const photo = tip?.photos[0];
  useItemShare({
    kind: 'tip',
    id,
    title: tip ? `消费小贴士：${tip.title}` : undefined,
    imageUrl: photo ? absoluteUploadUrl(photo.url) : undefined,
    path: DETAIL_PATH,
  });

  const markUseful = async () => {
    if (!tip || tip.markedUseful || marking) return;
    if (!(await askToSignIn('登录后才能标记“有用”，每人每条限一次。'))) return;
    setMarking(true);
    try {
      const state = await tipsApi.markUseful(id);
      setLocal((current) => ({ ...current, ...state }));
    } catch {
      // request() has said why.
    } finally {
      setMarking(false);
    }
  };

  const report = async () => {
    if (await askToSignIn('登录后才能举报，方便工作人员核实。')) setReporting(true);
  };

  const reported = () => {
    setReporting(false);
    void Taro.showToast({ title: '已提交举报，感谢你的监督', icon: 'none' });
  };

  return {
    id,
    remote,
    tip,
    markUseful,
    marking,
    report,
    reporting,
    closeReport: () => setReporting(false),
    reported,
  };
}
