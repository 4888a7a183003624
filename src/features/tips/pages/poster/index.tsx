import { useRouter } from '@tarojs/taro';
import { PosterScreen } from '@/components/poster/poster-view';
import { POSTER_HEIGHT, POSTER_WIDTH } from '@/components/poster/poster-ops';
import { useCanvasPoster } from '@/components/poster/use-canvas-poster';
import { useItemShare, recordShare } from '@/hooks/use-item-share';
import { useRegion } from '@/hooks/use-region';
import { useRemote } from '@/hooks/use-remote';
import { apiBase, API_PREFIX } from '@/services/api-base';
import { tipsApi } from '../../api';
import { tipPosterLayout } from '../../poster-layout';
import { DETAIL_PATH } from '../../routes-extra';

export const CANVAS_ID = 'tip-poster';

/** 小贴士海报: the tip's title and first lines with a QR code back to it, to save and share. */
export default function TipPosterPage() {
  const id = useRouter().params.id ?? '';
  const tip = useRemote(() => tipsApi.get(id));
  const region = useRegion();
  const data = tip.data && {
    county: region?.county ?? '',
    title: tip.data.title,
    body: tip.data.body,
    category: tip.data.category,
    authorName: tip.data.authorName,
  };
  const poster = useCanvasPoster({
    canvasId: CANVAS_ID,
    width: POSTER_WIDTH,
    height: POSTER_HEIGHT,
    ops: data ? tipPosterLayout(data) : undefined,
    qrcodeUrl: `${apiBase()}${API_PREFIX}${tipsApi.qrcodePath(id)}`,
    fileName: `消费小贴士-${tip.data?.title ?? ''}.png`,
  });
  // 转发 from the poster page still opens the tip itself.
  useItemShare({ kind: 'tip', id, title: tip.data?.title, path: DETAIL_PATH });

  const save = async () => {
    await poster.save();
    recordShare('tip', id, 'poster');
  };

  return (
    <PosterScreen
      className="tip-poster"
      source={tip}
      canvasId={CANVAS_ID}
      label="小贴士海报"
      poster={{ ...poster, save }}
      hint="保存后可发到朋友圈或微信群，好友扫码即可阅读全文。"
    />
  );
}
