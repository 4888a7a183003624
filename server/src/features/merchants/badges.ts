import type { Kysely, Selectable } from 'kysely';
import type { MerchantSummary } from '@api/merchants';
import type { Database, MerchantsTable } from '../../db/schema';
import { forgetMerchant } from './detail-cache';

type BadgeColumns = Pick<
  Selectable<MerchantsTable>,
  | 'model_unit_until'
  | 'model_unit_level'
  | 'model_unit_category'
  | 'model_unit_year'
  | 'pledge_since'
  | 'initiative_since'
>;

/**
 * Recompute a merchant's badge columns from model_units and pledges. Call it in the same
 * transaction as every change to either table (approve, revoke, sign, verify, withdraw), so
 * search never shows a badge that the merchant page does not.
 */
export async function refreshMerchantBadges(
  db: Kysely<Database>,
  merchantId: string,
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
  const since = async (kind: 'offline-return' | 'initiative') => {
    const row = await db
      .selectFrom('pledges')
      .select((eb) => eb.fn.min('starts_on').as('since'))
      .where('merchant_id', '=', merchantId)
      .where('kind', '=', kind)
      .where('status', '=', 'verified')
      .where('ended_on', 'is', null)
      .executeTakeFirst();
    return (row?.since as string | null | undefined) ?? null;
  };
  await db
    .updateTable('merchants')
    .set({
      model_unit_until: unit?.valid_until ?? null,
      model_unit_level: unit?.level ?? null,
      model_unit_category: unit?.category ?? null,
      model_unit_year: unit?.year ?? null,
      pledge_since: await since('offline-return'),
      initiative_since: await since('initiative'),
    })
    .where('id', '=', merchantId)
    .execute();
  forgetMerchant(merchantId);
}

/** The badges valid today, from the denormalised columns. */
export function currentBadges(row: BadgeColumns, today: string): MerchantSummary['badges'] {
  const badges: MerchantSummary['badges'] = {
    pledge: row.pledge_since !== null && row.pledge_since <= today,
    initiative: row.initiative_since !== null && row.initiative_since <= today,
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
