import type { PublicBatch, PublicBatchList, PublicBusinessRows } from '@api/disclosure';
import { itemPath, load } from '@/services/api-calls';
import { apiBase, API_PREFIX } from '@/services/api-base';

const path = (id: string, sub?: string) => itemPath('/disclosure/batches', id, sub);

/** The public 投诉公示 API, one function per route. */
export const disclosureApi = {
  /** Published, superseded and withdrawn batches, newest first. */
  list: (cursor?: string) => load<PublicBatchList>('/disclosure/batches', { cursor }),
  get: (id: string) => load<PublicBatch>(path(id)),
  /** Staff only: exactly what the public would see once it is published. */
  preview: (id: string) => load<PublicBatch>(path(id, '/preview')),
  business: (id: string, merchantId: string) =>
    load<PublicBusinessRows>(path(id, `/businesses/${encodeURIComponent(merchantId)}`)),
  /** The exports' absolute URLs (opened in a browser, or copied in WeChat). */
  csvUrl: (id: string) => `${apiBase()}${API_PREFIX}${path(id, '/csv')}`,
  printUrl: (id: string) => `${apiBase()}${API_PREFIX}${path(id, '/print')}`,
};
