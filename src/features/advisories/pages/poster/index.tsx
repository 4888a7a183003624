import { useRouter } from '@tarojs/taro';
import { PosterScreen } from '@/components/poster/poster-view';
import { useRegion } from '@/hooks/use-region';
import { useRemote } from '@/hooks/use-remote';
import { useItemShare } from '@/hooks/use-item-share';
import { advisoriesApi } from '../../api';
import { DETAIL_PATH } from '../detail/use-advisory-detail';
import { CANVAS_ID, posterData, usePoster } from './use-poster';

/** 提示海报: the advisory's title and opening with a QR code back to it, to save and share. */
export default function AdvisoryPosterPage() {
  const id = useRouter().params.id ?? '';
  const advisory = useRemote(() => advisoriesApi.get(id));
  const region = useRegion();
  const data = advisory.data ? posterData(advisory.data, region) : undefined;
  const poster = usePoster(data, id);
  // 转发 from the poster page shares the advisory itself.
  useItemShare({
    kind: 'advisory',
    id,
    title: data && `【${data.kind}】${data.title}`,
    path: DETAIL_PATH,
  });

  return (
    <PosterScreen
      className="advisory-poster"
      source={advisory}
      canvasId={CANVAS_ID}
      label="提示海报"
      poster={poster}
      hint="保存后可发到朋友圈或群聊，提醒身边的人。"
    />
  );
}
