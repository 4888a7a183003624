import type {
  AdvisoryContent,
  AdvisoryCreated,
  AdvisoryStats,
  AdvisoryStatus,
  AdvisoryTransitionBody,
  AdvisoryVersions,
  StaffAdvisory,
  StaffAdvisoryList,
} from '@api/advisories';
import { itemPath, load, post } from '@/services/api-calls';
import { request } from '@/services/request';

const path = (id: string, sub?: string) => itemPath('/advisories', id, sub);

/**
 * The staff side of the advisories API (写、审、发、统计), one function per route. The editor
 * and the review page show problems themselves (by field, or in a dialog): no toasts here.
 */
export const advisoriesStaffApi = {
  list: (status: AdvisoryStatus, cursor?: string) =>
    load<StaffAdvisoryList>('/advisories/manage', { status, cursor, limit: 20 }),
  get: (id: string) => load<StaffAdvisory>(path(id, '/manage')),
  create: (body: AdvisoryContent, idempotencyKey: string) =>
    post<AdvisoryCreated>('/advisories', body, { idempotencyKey, toast: false }),
  /** A draft in place; on a published advisory, a new version pending review. */
  update: (id: string, body: AdvisoryContent) =>
    request<StaffAdvisory>(path(id), { method: 'PUT', data: body, toast: false }),
  transition: (id: string, body: AdvisoryTransitionBody) =>
    post<StaffAdvisory>(path(id, '/transitions'), body, { toast: false }),
  versions: (id: string) => load<AdvisoryVersions>(path(id, '/versions')),
  stats: (days: number) => load<AdvisoryStats>('/advisories/stats', { days }),
};
