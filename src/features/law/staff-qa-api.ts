import type {
  ArticleDetail,
  LawList,
  QaContent,
  QaCreated,
  QaStatus,
  QaTransitionBody,
  StaffQa,
  StaffQaList,
} from '@api/law';
import { itemPath, load, post } from '@/services/api-calls';
import { request } from '@/services/request';

const path = (id: string, sub?: string) => itemPath('/law/qa', id, sub);

/**
 * The staff side of 问答 (写、审、发、撤下), one function per route, and the two library reads the
 * editor and the review page check citations with. Pages show problems themselves: no toasts.
 */
export const lawQaStaffApi = {
  list: (status: QaStatus, cursor?: string, limit = 20) =>
    load<StaffQaList>('/law/qa/manage', { status, cursor, limit }),
  get: (id: string) => load<StaffQa>(path(id, '/manage')),
  create: (body: QaContent, idempotencyKey: string) =>
    post<QaCreated>('/law/qa', body, { idempotencyKey, toast: false }),
  /** A draft in place; on a published card, a new version pending review. */
  update: (id: string, body: QaContent) =>
    request<StaffQa>(path(id), { method: 'PUT', data: body, toast: false }),
  transition: (id: string, body: QaTransitionBody) =>
    post<StaffQa>(path(id, '/transitions'), body, { toast: false }),
  laws: () => load<LawList>('/law/laws'),
  article: (law: string, no: number) =>
    load<ArticleDetail>(`/law/articles/${encodeURIComponent(law)}/${no}`),
};
