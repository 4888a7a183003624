import type {
  ApplicationList,
  ApplyModelUnitBody,
  ModelUnitApplication,
  ModelUnitBadge,
  ReviewApplicationBody,
  RevokeModelUnitBody,
} from '@api/model-units';
import { request } from '@/services/request';

/** The model-units API (放心消费示范单位 applications, review and revocation). */
export const modelUnitsApi = {
  apply: (body: ApplyModelUnitBody, idempotencyKey: string) =>
    request<ModelUnitApplication>('/model-units/applications', {
      method: 'POST',
      data: body,
      idempotencyKey,
    }),
  /** The caller's applications a page at a time, newest first. */
  mine: (cursor?: string) =>
    request<ApplicationList>('/model-units/applications/mine', {
      query: { cursor },
      toast: false,
    }),
  queue: (cursor?: string) =>
    request<ApplicationList>('/model-units/applications', {
      query: { status: 'submitted', cursor },
      toast: false,
    }),
  get: (id: string) =>
    request<ModelUnitApplication>(`/model-units/applications/${encodeURIComponent(id)}`, {
      toast: false,
    }),
  review: (id: string, body: ReviewApplicationBody) =>
    request<ModelUnitApplication>(`/model-units/applications/${encodeURIComponent(id)}/review`, {
      method: 'POST',
      data: body,
    }),
  revoke: (id: string, body: RevokeModelUnitBody) =>
    request<ModelUnitBadge>(`/model-units/${encodeURIComponent(id)}/revoke`, {
      method: 'POST',
      data: body,
    }),
};
