import type { PledgeCertificate } from '@api/pledges';
import type { Region } from '@api/region';
import { apiBase, API_PREFIX } from '@/services/api-base';
import { useCanvasPoster } from '@/components/poster/use-canvas-poster';
import { pledgesApi } from '../../api';
import { POSTER_HEIGHT, POSTER_WIDTH } from '@/components/poster/poster-ops';
import { posterLayout, type PosterData } from '../../poster-layout';

export const CANVAS_ID = 'pledge-poster';

export function posterData(pledge: PledgeCertificate, region: Region | undefined): PosterData {
  return {
    campaign: region
      ? `${region.theme.year}年${region.county}「${region.theme.title}」`
      : '放心消费在行动',
    merchantName: pledge.merchantName,
    kind: pledge.kind,
    terms: pledge.terms,
    initiativeTitle: region?.initiative.title ?? '放心消费倡议',
    certificateNo: pledge.certificateNo,
  };
}

/** The absolute URL of a pledge's QR code (to its public certificate). */
export const qrcodeUrl = (id: string) => `${apiBase()}${API_PREFIX}${pledgesApi.qrcodePath(id)}`;

/** The pledge poster on the shared canvas hook: its layout, its QR code and its file name. */
export function usePoster(data: PosterData | undefined, id: string) {
  return useCanvasPoster({
    canvasId: CANVAS_ID,
    width: POSTER_WIDTH,
    height: POSTER_HEIGHT,
    ops: data ? posterLayout(data) : undefined,
    qrcodeUrl: qrcodeUrl(id),
    fileName: `放心消费承诺海报-${data?.certificateNo ?? id}.png`,
  });
}
