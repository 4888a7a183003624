import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import type { AdvisoryDetail } from '@api/advisories';
import { absoluteUploadUrl } from '@/components/private-image';
import { useBusy } from '@/hooks/use-busy';
import { recordShare, sharedItemId, shareSource, useItemShare } from '@/hooks/use-item-share';
import { useRemote } from '@/hooks/use-remote';
import { askToSignIn } from '@/services/ask-to-sign-in';
import { advisoriesApi } from '../../api';
import { copyText } from '../../components/call-to-action';
import { advisoryRoutes } from '../../routes';

/** The page path a shared card opens (useItemShare adds id and src). */
export const DETAIL_PATH = advisoryRoutes.detail('').split('?')[0];

/** One advisory: loading, 有用 (once), sharing with src=sa.<id>, and the H5 link to copy. */
export function useAdvisoryDetail() {
  const id = sharedItemId('advisory', useRouter().params) ?? '';
  const remote = useRemote(() => advisoriesApi.get(id));
  const [useful, setUseful] = useState<Pick<AdvisoryDetail, 'usefulCount' | 'markedUseful'>>();
  const { busy, whileBusy } = useBusy();
  const advisory = remote.data && { ...remote.data, ...useful };

  useItemShare({
    kind: 'advisory',
    id,
    title: advisory && `【${advisory.kind}】${advisory.title}`,
    imageUrl: advisory?.cover && absoluteUploadUrl(advisory.cover.url),
    path: DETAIL_PATH,
  });

  const markUseful = () =>
    whileBusy(async () => {
      if (
        !advisory ||
        advisory.markedUseful ||
        !(await askToSignIn('登录后才能标记「有用」，每人一次。'))
      )
        return;
      setUseful(await advisoriesApi.markUseful(id));
    }).catch(() => undefined); // request() showed the message

  /** H5 has no 转发: the page's link, with its share source, to paste anywhere. */
  const copyLink = async () => {
    const link = `${window.location.origin}${advisoryRoutes.detail(id)}&src=${shareSource('advisory', id)}`;
    await copyText(link, '链接已复制，可粘贴发送给朋友');
    recordShare('advisory', id, 'chat');
  };

  return { id, remote, advisory, markUseful, marking: busy, copyLink };
}
