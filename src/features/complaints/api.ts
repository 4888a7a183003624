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
import { itemPath, load, post } from '@/services/api-calls';

const path = (id: string, sub?: string) => itemPath('/complaints', id, sub);

/** The complaints API, one function per route (types from the shared contract). */
export const complaintsApi = {
  create: (body: CreateComplaintBody, idempotencyKey: string) =>
    post<ComplaintCreated>('/complaints', body, { idempotencyKey }),
  list: (query: ComplaintListQuery) => load<ComplaintPage>('/complaints', query),
  get: (id: string) => load<ComplaintDetail>(path(id)),
  transition: (id: string, body: TransitionBody, idempotencyKey?: string) =>
    post<ComplaintDetail>(path(id, '/transitions'), body, { idempotencyKey }),
  message: (id: string, body: MessageBody, idempotencyKey?: string) =>
    post<ComplaintDetail>(path(id, '/messages'), body, { idempotencyKey }),
  /** 第十六条: a party's own answer, or staff recording either side's. */
  consent: (id: string, body: ConsentBody) =>
    post<ComplaintDetail>(path(id, '/mediation-consent'), body),
  /** 第二十二条: the 调解书 of a settled mediation. */
  agreement: (id: string) => load<MediationAgreement>(path(id, '/mediation-agreement')),
  rate: (id: string, body: RatingBody) => post<ComplaintDetail>(path(id, '/rating'), body),
};
