import type {
  ComplaintCreated,
  ComplaintDetail,
  ComplaintListQuery,
  ComplaintPage,
  ConsentBody,
  CreateComplaintBody,
  MediationAgreement,
  MessageBody,
  RatingBody,
  TransitionBody,
} from '@api/complaints';
import { request } from '@/services/request';

const path = (id: string) => `/complaints/${encodeURIComponent(id)}`;

/** The complaints API, one function per route (types from the shared contract). */
export const complaintsApi = {
  create: (body: CreateComplaintBody, idempotencyKey: string) =>
    request<ComplaintCreated>('/complaints', { method: 'POST', data: body, idempotencyKey }),
  list: (query: ComplaintListQuery) =>
    request<ComplaintPage>('/complaints', { query: { ...query }, toast: false }),
  get: (id: string) => request<ComplaintDetail>(path(id), { toast: false }),
  transition: (id: string, body: TransitionBody, idempotencyKey?: string) =>
    request<ComplaintDetail>(`${path(id)}/transitions`, {
      method: 'POST',
      data: body,
      idempotencyKey,
    }),
  message: (id: string, body: MessageBody, idempotencyKey?: string) =>
    request<ComplaintDetail>(`${path(id)}/messages`, {
      method: 'POST',
      data: body,
      idempotencyKey,
    }),
  /** 第十六条: a party's own answer, or staff recording either side's. */
  consent: (id: string, body: ConsentBody) =>
    request<ComplaintDetail>(`${path(id)}/mediation-consent`, { method: 'POST', data: body }),
  /** 第二十二条: the 调解书 of a settled mediation. */
  agreement: (id: string) =>
    request<MediationAgreement>(`${path(id)}/mediation-agreement`, { toast: false }),
  rate: (id: string, body: RatingBody) =>
    request<ComplaintDetail>(`${path(id)}/rating`, { method: 'POST', data: body }),
};
