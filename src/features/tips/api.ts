import type { UsefulState } from '@api/common';
import type {
  MyTip,
  MyTipPage,
  PublicTip,
  StaffTip,
  StaffTipPage,
  TipBody,
  TipModerationBody,
  TipPage,
  TipPromoted,
  TipReport,
  TipReportBody,
  TipReportCreated,
  TipReportPage,
  TipReportResolutionBody,
  TipReportStatus,
} from '@api/tips';
import { itemPath, load, post } from '@/services/api-calls';
import { request } from '@/services/request';

const path = (id: string, sub?: string) => itemPath('/tips', id, sub);

/** The consumer tips API (消费小贴士), one function per route. */
export const tipsApi = {
  list: (query: { category?: string; q?: string; cursor?: string; limit?: number }) =>
    load<TipPage>('/tips', query),
  get: (id: string) => load<PublicTip>(path(id)),
  /** One key per draft; the page shows every refusal itself (no toast, no retry of a 429). */
  create: (body: TipBody, idempotencyKey: string) =>
    post<MyTip>('/tips', body, { idempotencyKey, toast: false, retries: 0 }),
  mine: (cursor?: string) => load<MyTipPage>('/tips/mine', { cursor, limit: 20 }),
  withdraw: (id: string) => post<MyTip>(path(id, '/withdrawal'), {}),
  markUseful: (id: string) => request<UsefulState>(path(id, '/useful'), { method: 'PUT' }),
  report: (id: string, body: TipReportBody, idempotencyKey: string) =>
    post<TipReportCreated>(path(id, '/reports'), body, { idempotencyKey }),
  /** The poster's QR code (PNG) back to the tip, relative to the API prefix. */
  qrcodePath: (id: string) => path(id, '/qrcode'),
};

/** The staff side: moderation, reports, promotion into an official 提示 draft. */
export const tipsStaffApi = {
  queue: (cursor?: string) => load<StaffTipPage>('/tips/queue', { cursor, limit: 20 }),
  moderate: (id: string, body: TipModerationBody) => post<StaffTip>(path(id, '/moderation'), body),
  promote: (id: string, idempotencyKey?: string) =>
    post<TipPromoted>(path(id, '/promotion'), {}, { idempotencyKey }),
  reports: (status: TipReportStatus, cursor?: string) =>
    load<TipReportPage>('/tip-reports', { status, cursor, limit: 20 }),
  resolve: (id: string, body: TipReportResolutionBody) =>
    post<TipReport>(itemPath('/tip-reports', id, '/resolution'), body),
};
