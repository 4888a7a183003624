import type {
  MerchantDetail,
  MerchantImport,
  MerchantPage,
  MerchantSearchQuery,
  Membership,
  MembershipList,
  MembershipReviewPage,
  RegisterMerchantBody,
  UpdateMerchantBody,
  VerifyMembershipBody,
} from '@api/merchants';
import { itemPath, load, post } from '@/services/api-calls';
import { request } from '@/services/request';

/** The merchants API, one function per route (types from the shared contract). */
export const merchantsApi = {
  search: (query: MerchantSearchQuery) => load<MerchantPage>('/merchants', query),
  get: (id: string) => load<MerchantDetail>(itemPath('/merchants', id)),
  byCode: (creditCode: string) => load<MerchantDetail>(itemPath('/merchants/by-code', creditCode)),
  register: (body: RegisterMerchantBody, idempotencyKey: string) =>
    post<Membership>('/merchants', body, { idempotencyKey }),
  update: (id: string, body: UpdateMerchantBody) =>
    request<MerchantDetail>(itemPath('/merchants', id), { method: 'PATCH', data: body }),
  myMemberships: () => load<MembershipList>('/merchants/memberships/mine'),
  membershipQueue: (cursor?: string) =>
    load<MembershipReviewPage>('/merchants/memberships', { status: 'pending', cursor }),
  verifyMembership: (id: string, body: VerifyMembershipBody) =>
    post<Membership>(itemPath('/merchants/memberships', id, '/verification'), body),
  startImport: (csv: string) =>
    post<MerchantImport>('/merchants/imports', csv, { header: { 'Content-Type': 'text/csv' } }),
  importProgress: (id: string) => load<MerchantImport>(itemPath('/merchants/imports', id)),
};
