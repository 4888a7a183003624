import type { Kysely } from 'kysely';
import { nextCounter } from '../../db/counters';
import type { Database } from '../../db/schema';

/**
 * 示范单位 certificate number: <county code>-<year>-SF-<4-digit sequence of that year>, e.g.
 * QS-2027-SF-0001. The sequence comes from a counter row, so concurrent approvals never share a
 * number; inside the approval's transaction, a rollback does not burn one.
 */
export async function nextCertificateNo(
  db: Kysely<Database>,
  countyCode: string,
  year: number,
): Promise<string> {
  const n = await nextCounter(db, `model-unit-certificate:${countyCode}:${year}`);
  return `${countyCode}-${year}-SF-${String(n).padStart(4, '0')}`;
}

export const CERTIFICATE_PATTERN = /^[A-Z]{2,6}-\d{4}-SF-\d{4,}$/;
