import type { Kysely, Selectable } from 'kysely';
import type { MerchantSummary } from '@api/merchants';
import type { Database, MerchantsTable } from '../../db/schema';
import { shanghaiDate } from '../../db/time';
import { forgetMerchant } from './detail-cache';

type BadgeColumns = Pick<
  Selectable<MerchantsTable>,
  | 'model_unit_until'
  | 'model_unit_level'
  | 'model_unit_category'
  | 'model_unit_year'
  | 'pledge_since'
  | 'pledge_until'
  | 'initiative_since'
  | 'initiative_until'
>;

/**
 * Recompute a merchant's badge columns from model_units and pledges. Call it in the same
 * transaction as every change to either table (approve, revoke, sign, verify, withdraw), so
 * search never shows a badge that the merchant page does not.
 */
export async function refreshMerchantBadges(
  db: Kysely<Database>,
  merchantId: string,
  today: string = shanghaiDate(new Date()),
): Promise<void> {
  // The title that lasts longest among those not revoked; whether it is still valid is decided
  // by the calendar at read time (model_unit_until >= today).
  const unit = await db
    .selectFrom('model_units')
    .select(['valid_until', 'level', 'category', 'year'])
    .where('merchant_id', '=', merchantId)
    .where('revoked_on', 'is', null)
    .orderBy('valid_until', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  // A pledge counts while verified, and after a withdrawal until the date it takes effect
  // (ended_on > today: 实施条例 第十二条 — a promise made holds until it is withdrawn, and a
  // withdrawal is never retroactive). Revoked pledges stop at once. The badge holds from the
  // earliest start to the latest end among them (open when one has no end): a replacement
  // ends the old pledge on the day the new one starts, so they join without a gap.
  const span = async (kind: 'offline-return' | 'initiative') => {
    const rows = await db
      .selectFrom('pledges')
      .select(['starts_on', 'ended_on'])
      .where('merchant_id', '=', merchantId)
      .where('kind', '=', kind)
      .where((eb) =>
        eb.or([
          eb('status', '=', 'verified'),
          eb.and([
            eb('status', '=', 'withdrawn'),
            eb('verified_at', 'is not', null),
            eb('ended_on', '>', today),
          ]),
        ]),
      )
      .execute();
    if (rows.length === 0) return { since: null, until: null };
    const since = rows.reduce((m, r) => (r.starts_on < m ? r.starts_on : m), rows[0].starts_on);
    const ends = rows.map((r) =>
      r.ended_on !== null && r.ended_on !== undefined ? r.ended_on : null,
    );
    const until = ends.includes(null) ? null : (ends as string[]).reduce((m, e) => (e > m ? e : m));
    return { since, until };
  };
  await db
    .updateTable('merchants')
    .set({
      model_unit_until: unit?.valid_until ?? null,
      model_unit_level: unit?.level ?? null,
      model_unit_category: unit?.category ?? null,
      model_unit_year: unit?.year ?? null,
      ...(await span('offline-return').then((p) => ({
        pledge_since: p.since,
        pledge_until: p.until,
      }))),
      ...(await span('initiative').then((p) => ({
        initiative_since: p.since,
        initiative_until: p.until,
      }))),
    })
    .where('id', '=', merchantId)
    .execute();
  forgetMerchant(merchantId);
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
