import type { Kysely } from 'kysely';
import type { MerchantSummary } from '@api/merchants';
import type { Database } from '../../db/schema';
import { findLongestTitle } from '../model-units/model-units-repository';
import { listPledgesInForce } from '../pledges/pledges-repository';
import { setBadgeColumns, type BadgeColumns } from './merchants-repository';

/**
 * Recompute a merchant's badge columns from model_units and pledges. Call it in the same
 * transaction as every change to either table (approve, revoke, sign, verify, withdraw), so
 * search never shows a badge that the merchant page does not.
 */
export async function refreshMerchantBadges(
  db: Kysely<Database>,
  merchantId: string,
  today: string,
): Promise<void> {
  // Whether the longest title is still valid is decided by the calendar at read time
  // (model_unit_until >= today).
  const unit = await findLongestTitle(db, merchantId);
  // A pledge counts while verified, and after a withdrawal until the date it takes effect
  // (ended_on > today: 实施条例 第十二条 — a promise made holds until it is withdrawn, and a
  // withdrawal is never retroactive). Revoked pledges stop at once. The badge holds from the
  // earliest start to the latest end among them (open when one has no end): a replacement
  // ends the old pledge on the day the new one starts, so they join without a gap.
  const span = async (kind: 'offline-return' | 'initiative') => {
    const rows = await listPledgesInForce(db, merchantId, kind, today);
    if (rows.length === 0) return { since: null, until: null };
    const since = rows.reduce((m, r) => (r.starts_on < m ? r.starts_on : m), rows[0].starts_on);
    const ends = rows.map((r) =>
      r.ended_on !== null && r.ended_on !== undefined ? r.ended_on : null,
    );
    const until = ends.includes(null) ? null : (ends as string[]).reduce((m, e) => (e > m ? e : m));
    return { since, until };
  };
  const pledge = await span('offline-return');
  const initiative = await span('initiative');
  await setBadgeColumns(db, merchantId, {
    model_unit_until: unit?.valid_until ?? null,
    model_unit_level: unit?.level ?? null,
    model_unit_category: unit?.category ?? null,
    model_unit_year: unit?.year ?? null,
    pledge_since: pledge.since,
    pledge_until: pledge.until,
    initiative_since: initiative.since,
    initiative_until: initiative.until,
  });
}

/** The badges valid today, from the denormalised columns. */
export function currentBadges(row: BadgeColumns, today: string): MerchantSummary['badges'] {
  const badges: MerchantSummary['badges'] = {
    pledge: holds(row.pledge_since, row.pledge_until, today),
    initiative: holds(row.initiative_since, row.initiative_until, today),
  };
  if (
    row.model_unit_until !== null &&
    row.model_unit_until >= today &&
    row.model_unit_level !== null &&
    row.model_unit_category !== null &&
    row.model_unit_year !== null
  ) {
    badges.modelUnit = {
      category: row.model_unit_category,
      level: row.model_unit_level,
      year: Number(row.model_unit_year),
    };
  }
  return badges;
}

/** A pledge badge on day `today`: started, and not yet past a withdrawal's effective date. */
function holds(since: string | null, until: string | null, today: string): boolean {
  return since !== null && since <= today && (until === null || today < until);
}
