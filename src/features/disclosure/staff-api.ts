import Taro from '@tarojs/taro';
import type {
  BatchCreated,
  BatchTransitionBody,
  CorrectionBody,
  CreateBatchBody,
  DisclosureResponse,
  DisclosureStatus,
  ExclusionBody,
  ResponseDecisionBody,
  ResponseDecisionState,
  ResponseList,
  StaffBatch,
  StaffBatchList,
  StaffRow,
  StaffRowList,
  StaffRowQuery,
} from '@api/disclosure';
import { apiBase, API_PREFIX } from '@/services/api-base';
import { itemPath, load, post } from '@/services/api-calls';
import { request } from '@/services/request';

const path = (id: string, sub?: string) => itemPath('/disclosure/batches', id, sub);
const rowPath = (id: string, rowId: string) =>
  `${path(id, '/rows')}/${encodeURIComponent(rowId)}/exclusion`;

export type RowFilter = Omit<StaffRowQuery, 'cursor' | 'limit'>;

/**
 * The staff side of 投诉信息公示 (make, review, notify, publish), one function per route. The
 * pages show problems themselves, next to the action: no toasts here.
 */
export const disclosureStaffApi = {
  list: (status: DisclosureStatus | undefined, cursor?: string) =>
    load<StaffBatchList>('/disclosure/manage', { status, cursor, limit: 20 }),
  create: (body: CreateBatchBody, idempotencyKey: string) =>
    post<BatchCreated>('/disclosure/batches', body, { idempotencyKey, toast: false }),
  get: (id: string) => load<StaffBatch>(path(id, '/manage')),
  rows: (id: string, filter: RowFilter, cursor?: string) =>
    load<StaffRowList>(path(id, '/rows'), { ...filter, cursor, limit: 20 }),
  exclude: (id: string, rowId: string, body: ExclusionBody) =>
    request<StaffRow>(rowPath(id, rowId), { method: 'PUT', data: body, toast: false }),
  include: (id: string, rowId: string) =>
    request<StaffRow>(rowPath(id, rowId), { method: 'DELETE', toast: false }),
  responses: (id: string, decision: ResponseDecisionState, cursor?: string) =>
    load<ResponseList>(path(id, '/responses'), { decision, cursor, limit: 20 }),
  decide: (responseId: string, body: ResponseDecisionBody) =>
    post<DisclosureResponse>(itemPath('/disclosure/responses', responseId, '/decision'), body, {
      toast: false,
    }),
  transition: (id: string, body: BatchTransitionBody) =>
    post<StaffBatch>(path(id, '/transitions'), body, { toast: false }),
  correct: (id: string, body: CorrectionBody, idempotencyKey: string) =>
    post<BatchCreated>(path(id, '/corrections'), body, { idempotencyKey, toast: false }),
};

/** The public CSV or print page of a published batch (no sign-in needed). */
export const exportUrl = (id: string, kind: 'csv' | 'print') =>
  `${apiBase()}${API_PREFIX}${path(id, `/${kind}`)}`;

/**
 * H5 opens the export in a new tab; the mini-program cannot open a web page, so the link is
 * copied for a browser.
 */
export async function openExport(url: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') {
    window.open(url, '_blank');
    return;
  }
  await Taro.setClipboardData({ data: url });
  void Taro.showToast({ title: '链接已复制，请在浏览器中打开', icon: 'none' });
}
