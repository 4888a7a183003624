import { Type, type Static } from '@sinclair/typebox';
import { MODEL_UNIT_LEVELS, MODEL_UNIT_LIMITS } from '../../src/domain/model-unit-vocabulary';
import { MAX_PHOTOS } from '../../src/domain/upload-limits';
import { literals, Page, PagedQuery, Reason } from './common';
import { UploadLink } from './uploads';

export const ModelUnitLevel = literals(MODEL_UNIT_LEVELS);
export type ModelUnitLevel = Static<typeof ModelUnitLevel>;

/**
 * A 放心消费示范单位 title as shown to everyone. `status` is computed at read time:
 * a title past its validUntil is 'expired' even if nobody touched it.
 */
export const ModelUnitBadge = Type.Object({
  id: Type.String(),
  certificateNo: Type.String(),
  category: Type.String(),
  level: ModelUnitLevel,
  year: Type.Integer(),
  validFrom: Type.String({ format: 'date' }),
  validUntil: Type.String({ format: 'date' }),
  status: literals(['active', 'expired', 'revoked'] as const),
  revokedOn: Type.Optional(Type.String({ format: 'date' })),
  revokedReason: Type.Optional(Type.String()),
});
export type ModelUnitBadge = Static<typeof ModelUnitBadge>;

export const ChecklistAnswer = Type.Object({
  item: Type.String({ minLength: 1, maxLength: 60 }),
  checked: Type.Boolean(),
});
export type ChecklistAnswer = Static<typeof ChecklistAnswer>;

export const ApplyModelUnitBody = Type.Object({
  merchantId: Type.String(),
  category: Type.String({ minLength: 1, maxLength: 20 }),
  checklist: Type.Array(ChecklistAnswer, { minItems: 1, maxItems: 30 }),
  note: Type.Optional(Type.String({ maxLength: MODEL_UNIT_LIMITS.note })),
  /** Upload ids (purpose 'model-unit'), up to 9. */
  photos: Type.Array(Type.String(), { maxItems: MAX_PHOTOS }),
});
export type ApplyModelUnitBody = Static<typeof ApplyModelUnitBody>;

export const ApplicationStatus = literals(['submitted', 'approved', 'rejected'] as const);
export type ApplicationStatus = Static<typeof ApplicationStatus>;

export const ModelUnitApplication = Type.Object({
  id: Type.String(),
  merchantId: Type.String(),
  merchantName: Type.String(),
  category: Type.String(),
  checklist: Type.Array(ChecklistAnswer),
  note: Type.Optional(Type.String()),
  photos: Type.Array(UploadLink),
  status: ApplicationStatus,
  submittedAt: Type.String({ format: 'date-time' }),
  reviewedAt: Type.Optional(Type.String({ format: 'date-time' })),
  /** The staff's reason, shown to the merchant when rejected. */
  reviewReason: Type.Optional(Type.String()),
  badge: Type.Optional(ModelUnitBadge),
});
export type ModelUnitApplication = Static<typeof ModelUnitApplication>;

/** Staff queue (oldest first) and the applicant's list; status filters when given. */
export const ApplicationListQuery = PagedQuery({
  status: Type.Optional(ApplicationStatus),
});
export type ApplicationListQuery = Static<typeof ApplicationListQuery>;

export const ApplicationList = Page(ModelUnitApplication);
export type ApplicationList = Static<typeof ApplicationList>;

export const ReviewApplicationBody = Type.Union([
  Type.Object({
    decision: Type.Literal('approve'),
    level: ModelUnitLevel,
    validUntil: Type.String({ format: 'date' }),
  }),
  Type.Object({
    decision: Type.Literal('reject'),
    reason: Reason,
  }),
]);
export type ReviewApplicationBody = Static<typeof ReviewApplicationBody>;

export const RevokeModelUnitBody = Type.Object({
  reason: Reason,
});
export type RevokeModelUnitBody = Static<typeof RevokeModelUnitBody>;
