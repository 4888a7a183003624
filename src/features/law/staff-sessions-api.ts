import type {
  SessionContent,
  SessionCreated,
  SessionFeedbackList,
  SessionStats,
  SessionStatus,
  SessionTransitionBody,
  StaffSession,
  StaffSessionList,
} from '@api/law';
import { API_PREFIX } from '@/services/api-base';
import { itemPath, load, post } from '@/services/api-calls';
import { request } from '@/services/request';

const path = (id: string, sub?: string) => itemPath('/law/sessions', id, sub);

/** The staff side of the 法润乡村 API (写、发、取消、签到码、统计); no toasts here. */
export const sessionsStaffApi = {
  list: (status: SessionStatus, cursor?: string) =>
    load<StaffSessionList>('/law/sessions/manage', { status, cursor, limit: 20 }),
  get: (id: string) => load<StaffSession>(path(id, '/manage')),
  create: (body: SessionContent, idempotencyKey: string) =>
    post<SessionCreated>('/law/sessions', body, { idempotencyKey, toast: false }),
  update: (id: string, body: SessionContent) =>
    request<StaffSession>(path(id), { method: 'PUT', data: body, toast: false }),
  transition: (id: string, body: SessionTransitionBody) =>
    post<StaffSession>(path(id, '/transitions'), body, { toast: false }),
  stats: () => load<SessionStats>('/law/sessions/stats'),
  feedback: (id: string, cursor?: string) =>
    load<SessionFeedbackList>(path(id, '/feedback'), { cursor, limit: 20 }),
  /** The check-in QR (PNG, staff only): a URL for PrivateImage, which sends the token. */
  qrUrl: (id: string) => `${API_PREFIX}${path(id, '/qr')}`,
};
