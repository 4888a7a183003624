import Taro, { useRouter } from '@tarojs/taro';
import type { ArticleDetail } from '@api/law';
import type { Region } from '@api/region';
import { PosterScreen } from '@/components/poster/poster-view';
import { POSTER_HEIGHT, POSTER_WIDTH } from '@/components/poster/poster-ops';
import { useCanvasPoster } from '@/components/poster/use-canvas-poster';
import { useRegion } from '@/hooks/use-region';
import { useRemote } from '@/hooks/use-remote';
import { apiBase, API_PREFIX } from '@/services/api-base';
import {
  articlePosterLayout,
  type ArticlePosterData,
} from '../../components/article-poster-layout';
import { versionDay } from '../../components/law-labels';
import { lawRoutes } from '../../routes';
import { articleOrCopy } from '../article/use-article';

export const CANVAS_ID = 'law-poster';
/** The article's own code: scanned, it opens this article in the app (or its H5 page). */
const articleQrCodePath = (law: string, no: number) =>
  `/law/articles/${encodeURIComponent(law)}/${no}/qrcode`;

export function posterData({ law, article }: ArticleDetail, region?: Region): ArticlePosterData {
  const source = article.source ?? law.source;
  return {
    county: region?.county ?? '',
    lawTitle: `《${law.shortTitle}》`,
    label: article.label,
    text: article.text,
    source: `来源：${source.name}（${versionDay(law.versionDate)}版）`,
  };
}

/** 分享条文: a poster with the article's words, its source and the app's code, to save and send. */
export default function LawPosterPage() {
  const params = useRouter().params;
  const law = params.law ?? '';
  const no = Number(params.no);
  const article = useRemote(async () => (await articleOrCopy(law, no)).detail);
  const region = useRegion();
  const data = article.data ? posterData(article.data, region) : undefined;
  const poster = useCanvasPoster({
    canvasId: CANVAS_ID,
    width: POSTER_WIDTH,
    height: POSTER_HEIGHT,
    ops: data ? articlePosterLayout(data) : undefined,
    qrcodeUrl: `${apiBase()}${API_PREFIX}${articleQrCodePath(law, no)}`,
    fileName: `${data ? `${data.lawTitle}${data.label}` : '条文'}.png`,
  });
  // 转发 from the poster page shares the article itself.
  Taro.useShareAppMessage(() => ({
    title: article.data && `《${article.data.law.shortTitle}》${article.data.article.label}`,
    path: lawRoutes.article(law, no),
  }));

  return (
    <PosterScreen
      className="law-poster"
      source={article}
      canvasId={CANVAS_ID}
      label="条文海报"
      poster={poster}
      hint="保存后可发到朋友圈或群聊，让身边的人知法用法。"
    />
  );
}
