import type {
  CreatePledgeBody,
  PledgeCertificate,
  PledgeCreated,
  PledgeList,
  PledgeQueue,
  PledgeStats,
  PledgeTransitionBody,
  SignatoryWall,
} from '@api/pledges';
import { itemPath, load, post } from '@/services/api-calls';

const path = (id: string, sub?: string) => itemPath('/pledges', id, sub);

/** The pledges API (线下无理由退货承诺 and the county 倡议), one function per route. */
export const pledgesApi = {
  create: (body: CreatePledgeBody, idempotencyKey: string) =>
    post<PledgeCreated>('/pledges', body, { idempotencyKey }),
  get: (id: string) => load<PledgeCertificate>(path(id)),
  ofMerchant: (merchantId: string) =>
    load<PledgeList>(itemPath('/merchants', merchantId, '/pledges')),
  transition: (id: string, body: PledgeTransitionBody) =>
    post<PledgeCertificate>(path(id, '/transitions'), body),
  pending: (cursor?: string) => load<PledgeQueue>('/pledges', { status: 'pending', cursor }),
  wall: (cursor?: string) => load<SignatoryWall>('/pledges/initiative/signatories', { cursor }),
  stats: () => load<PledgeStats>('/pledges/stats'),
  /** The poster's QR code image (PNG) for a pledge: the weapp code or a URL code. */
  qrcodePath: (id: string) => path(id, '/qrcode'),
};
