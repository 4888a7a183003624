import type { Kysely, Selectable } from 'kysely';
import type { MerchantWarning } from '@api/advisories';
import type { MerchantDisclosure } from '@api/disclosure';
import type { Database, ModelUnitsTable, PledgesTable } from '../../db/schema';
import type { MerchantRow } from './merchants-repository';

/**
 * The merchant page is read far more than it changes (a QR code on the shop door, scanned all
 * day), and reading it is five queries. What they return is kept here for a moment; the page
 * is still assembled per request, so "expired" is decided by today's date, never by the cache.
 *
 * Every write in this process that changes what the page shows forgets the merchant at once
 * (refreshMerchantBadges, updateMerchantRow, the CSV import, 投诉公示's publish and withdraw).
 * Writes by another process (a second server instance, the admin CLI) show after at most TTL_MS.
 */
export const DETAIL_TTL_MS = 2000;
const MAX_ENTRIES = 10_000;

export interface DetailParts {
  row: MerchantRow;
  units: Selectable<ModelUnitsTable>[];
  pledges: Selectable<PledgesTable>[];
  /** The public 警示 naming it (a newly published one shows after at most DETAIL_TTL_MS). */
  warnings: MerchantWarning[];
  /** Its latest published 投诉公示 figures (publish and withdraw forget the merchants they touch). */
  disclosure?: MerchantDisclosure;
}

interface Entry extends DetailParts {
  /** The database it was read from: tests run many apps in one process. */
  db: Kysely<Database>;
  /** When it was read (ms since the epoch). */
  at: number;
}

const entries = new Map<string, Entry>();

export function cachedDetail(db: Kysely<Database>, id: string, now: Date): DetailParts | undefined {
  const entry = entries.get(id);
  if (!entry || entry.db !== db) return undefined;
  if (now.getTime() - entry.at > DETAIL_TTL_MS) {
    entries.delete(id);
    return undefined;
  }
  return entry;
}

export function rememberDetail(db: Kysely<Database>, parts: DetailParts, now: Date): void {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  entries.set(parts.row.id, { ...parts, db, at: now.getTime() });
}

/** Call on any change to the merchant, its titles or its pledges. */
export function forgetMerchant(id: string): void {
  entries.delete(id);
}
