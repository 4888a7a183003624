import type {
  CreatePledgeBody,
  PledgeCertificate,
  PledgeCreated,
  PledgeList,
  PledgeStats,
  PledgeTransitionBody,
  SignatoryWall,
} from '@api/pledges';
import { request } from '@/services/request';

const path = (id: string) => `/pledges/${encodeURIComponent(id)}`;

/** The pledges API (线下无理由退货承诺 and the county 倡议), one function per route. */
export const pledgesApi = {
  create: (body: CreatePledgeBody, idempotencyKey: string) =>
    request<PledgeCreated>('/pledges', { method: 'POST', data: body, idempotencyKey }),
  get: (id: string) => request<PledgeCertificate>(path(id), { toast: false }),
  ofMerchant: (merchantId: string) =>
    request<PledgeList>(`/merchants/${encodeURIComponent(merchantId)}/pledges`, { toast: false }),
  transition: (id: string, body: PledgeTransitionBody) =>
    request<PledgeCertificate>(`${path(id)}/transitions`, { method: 'POST', data: body }),
  pending: (cursor?: string) =>
    request<{ items: PledgeCertificate[]; nextCursor: string | null }>('/pledges', {
      query: { status: 'pending', cursor },
      toast: false,
    }),
  wall: (cursor?: string) =>
    request<SignatoryWall>('/pledges/initiative/signatories', { query: { cursor }, toast: false }),
  stats: () => request<PledgeStats>('/pledges/stats', { toast: false }),
  /** The poster's QR code image (PNG) for a pledge: the weapp code or a URL code. */
  qrcodePath: (id: string) => `${path(id)}/qrcode`,
};
