import type { Kysely, Selectable } from 'kysely';
import type { Database, PrivacyConsentsTable } from '../../db/schema';

export type PrivacyConsentRow = Selectable<PrivacyConsentsTable>;

/** false when the user already agreed to these versions (the first agreement is kept). */
export async function insertPrivacyConsent(
  db: Kysely<Database>,
  row: PrivacyConsentRow,
): Promise<boolean> {
  const result = await db
    .insertInto('privacy_consents')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'privacy_version', 'terms_version']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The user's most recent agreement, or undefined. */
export function latestPrivacyConsent(
  db: Kysely<Database>,
  userId: string,
): Promise<PrivacyConsentRow | undefined> {
  return db
    .selectFrom('privacy_consents')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('agreed_at', 'desc')
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
