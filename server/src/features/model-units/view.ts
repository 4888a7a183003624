import type { Selectable } from 'kysely';
import type { ModelUnitBadge } from '@api/model-units';
import type { ModelUnitsTable } from '../../db/schema';

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
