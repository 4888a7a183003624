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
import { request } from '@/services/request';

/** The merchants API, one function per route (types from the shared contract). */
export const merchantsApi = {
  search: (query: MerchantSearchQuery) =>
    request<MerchantPage>('/merchants', { query: { ...query }, toast: false }),
  get: (id: string) =>
    request<MerchantDetail>(`/merchants/${encodeURIComponent(id)}`, { toast: false }),
  byCode: (creditCode: string) =>
    request<MerchantDetail>(`/merchants/by-code/${encodeURIComponent(creditCode)}`, {
      toast: false,
    }),
  register: (body: RegisterMerchantBody, idempotencyKey: string) =>
    request<Membership>('/merchants', { method: 'POST', data: body, idempotencyKey }),
  update: (id: string, body: UpdateMerchantBody) =>
    request<MerchantDetail>(`/merchants/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      data: body,
    }),
  myMemberships: () => request<MembershipList>('/merchants/memberships/mine', { toast: false }),
  membershipQueue: (cursor?: string) =>
    request<MembershipReviewPage>('/merchants/memberships', {
      query: { status: 'pending', cursor },
      toast: false,
    }),
  verifyMembership: (id: string, body: VerifyMembershipBody) =>
    request<Membership>(`/merchants/memberships/${encodeURIComponent(id)}/verification`, {
      method: 'POST',
      data: body,
    }),
  startImport: (csv: string) =>
    request<MerchantImport>('/merchants/imports', {
      method: 'POST',
      data: csv,
      header: { 'Content-Type': 'text/csv' },
    }),
  importProgress: (id: string) =>
    request<MerchantImport>(`/merchants/imports/${encodeURIComponent(id)}`, { toast: false }),
};
