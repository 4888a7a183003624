import type { Selectable } from 'kysely';
import type { ModelUnitApplication, ModelUnitBadge } from '@api/model-units';
import type { ModelUnitsTable } from '../../db/schema';
import { uploadUrl } from '../uploads/uploads-service';
import type { ApplicationRow, ModelUnitRow } from './model-units-repository';

/** A title as everyone sees it; expired or revoked is decided now, not when it was stored. */
export function toModelUnitBadge(row: Selectable<ModelUnitsTable>, today: string): ModelUnitBadge {
  const badge: ModelUnitBadge = {
    id: row.id,
    certificateNo: row.certificate_no,
    category: row.category,
    level: row.level,
    year: Number(row.year),
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    status: row.revoked_on !== null ? 'revoked' : row.valid_until < today ? 'expired' : 'active',
  };
  if (row.revoked_on !== null) badge.revokedOn = row.revoked_on;
  if (row.revoked_reason !== null) badge.revokedReason = row.revoked_reason;
  return badge;
}

/** An application as its merchant and staff see it, with the title it led to (if any). */
export function toApplication(
  row: ApplicationRow,
  unit: ModelUnitRow | undefined,
  today: string,
): ModelUnitApplication {
  const app: ModelUnitApplication = {
    id: row.id,
    merchantId: row.merchant_id,
    merchantName: row.merchant_name,
    category: row.category,
    checklist: JSON.parse(row.checklist) as ModelUnitApplication['checklist'],
    photos: (JSON.parse(row.photos) as string[]).map((id) => ({ id, url: uploadUrl(id) })),
    status: row.status,
    submittedAt: row.submitted_at,
  };
  if (row.note !== null) app.note = row.note;
  if (row.reviewed_at !== null) app.reviewedAt = row.reviewed_at;
  if (row.review_reason !== null) app.reviewReason = row.review_reason;
  if (unit) app.badge = toModelUnitBadge(unit, today);
  return app;
}
