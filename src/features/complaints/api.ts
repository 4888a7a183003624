import type {
  ComplaintCreated,
  ComplaintDetail,
  ComplaintListQuery,
  ComplaintPage,
  CreateComplaintBody,
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
  rate: (id: string, body: RatingBody) =>
    request<ComplaintDetail>(`${path(id)}/rating`, { method: 'POST', data: body }),
};
