import type {
  ApplicationList,
  ApplyModelUnitBody,
  ModelUnitApplication,
  ModelUnitBadge,
  ReviewApplicationBody,
  RevokeModelUnitBody,
} from '@api/model-units';
import { itemPath, load, post } from '@/services/api-calls';

const APPLICATIONS = '/model-units/applications';

/** The model-units API (放心消费示范单位 applications, review and revocation). */
export const modelUnitsApi = {
  apply: (body: ApplyModelUnitBody, idempotencyKey: string) =>
    post<ModelUnitApplication>(APPLICATIONS, body, { idempotencyKey }),
  /** The caller's applications a page at a time, newest first. */
  mine: (cursor?: string) => load<ApplicationList>(`${APPLICATIONS}/mine`, { cursor }),
  queue: (cursor?: string) => load<ApplicationList>(APPLICATIONS, { status: 'submitted', cursor }),
  get: (id: string) => load<ModelUnitApplication>(itemPath(APPLICATIONS, id)),
  review: (id: string, body: ReviewApplicationBody) =>
    post<ModelUnitApplication>(itemPath(APPLICATIONS, id, '/review'), body),
  revoke: (id: string, body: RevokeModelUnitBody) =>
    post<ModelUnitBadge>(itemPath('/model-units', id, '/revoke'), body),
};
