import type { AdvisoryDetail, AdvisoryKind, AdvisoryList, PinnedAdvisories } from '@api/advisories';
import type { UsefulState } from '@api/common';
import { itemPath, load } from '@/services/api-calls';
import { request } from '@/services/request';

const path = (id: string, sub?: string) => itemPath('/advisories', id, sub);

export interface AdvisoryFilters {
  category?: string;
  kind?: AdvisoryKind;
  q?: string;
}

/** The public advisories API (消费提示与警示), one function per route. */
export const advisoriesApi = {
  list: (filters: AdvisoryFilters, cursor?: string) =>
    load<AdvisoryList>('/advisories', { ...filters, cursor }),
  pinned: () => load<PinnedAdvisories>('/advisories/pinned'),
  get: (id: string) => load<AdvisoryDetail>(path(id)),
  /** 有用: once per user; marking again changes nothing. */
  markUseful: (id: string) => request<UsefulState>(path(id, '/useful'), { method: 'PUT' }),
  /** The poster's QR code image (PNG) back to the advisory, with src=sa.<id>. */
  qrcodePath: (id: string) => path(id, '/qrcode'),
};
