import type { AdvisoryDetail } from '@api/advisories';
import type { Region } from '@api/region';
import { POSTER_HEIGHT, POSTER_WIDTH } from '@/components/poster/poster-ops';
import { useCanvasPoster } from '@/components/poster/use-canvas-poster';
import { recordShare } from '@/hooks/use-item-share';
import { apiBase, API_PREFIX } from '@/services/api-base';
import { advisoriesApi } from '../../api';
import { day } from '../../components/advisory-labels';
import {
  advisoryPosterLayout,
  posterBodyText,
  type AdvisoryPosterData,
} from '../../components/poster-layout';

export const CANVAS_ID = 'advisory-poster';

export function posterData(
  advisory: AdvisoryDetail,
  region: Region | undefined,
): AdvisoryPosterData {
  return {
    county: region?.county ?? '',
    kind: advisory.kind,
    title: advisory.title,
    text: posterBodyText(advisory.body),
    issuer: advisory.issuer,
    date: day(advisory.publishedAt),
  };
}

/** The absolute URL of the advisory's QR code (to its detail page, with src=sa.<id>). */
export const qrcodeUrl = (id: string) => `${apiBase()}${API_PREFIX}${advisoriesApi.qrcodePath(id)}`;

/** The advisory poster on the shared canvas hook; saving it counts as a share. */
export function usePoster(data: AdvisoryPosterData | undefined, id: string) {
  const poster = useCanvasPoster({
    canvasId: CANVAS_ID,
    width: POSTER_WIDTH,
    height: POSTER_HEIGHT,
    ops: data ? advisoryPosterLayout(data) : undefined,
    qrcodeUrl: qrcodeUrl(id),
    fileName: `消费${data?.kind ?? '提示'}-${data?.title ?? id}.png`,
  });
  const save = async () => {
    if (poster.state !== 'ready' || poster.saving) return;
    recordShare('advisory', id, 'poster');
    await poster.save();
  };
  return { ...poster, save };
}
