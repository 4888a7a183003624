import type { PledgeKind } from '@api/pledges';

/** The pledge pages (Taro page paths). */
export const pledgeRoutes = {
  sign: (merchantId: string, kind: PledgeKind) =>
    `/features/pledges/pages/sign/index?merchantId=${encodeURIComponent(merchantId)}&kind=${kind}`,
  certificate: (id: string) =>
    `/features/pledges/pages/certificate/index?id=${encodeURIComponent(id)}`,
  poster: (id: string) => `/features/pledges/pages/poster/index?id=${encodeURIComponent(id)}`,
  mine: (merchantId: string) =>
    `/features/pledges/pages/mine/index?merchantId=${encodeURIComponent(merchantId)}`,
  review: '/features/pledges/pages/review/index',
  wall: '/features/pledges/pages/wall/index',
};
