import type { Kysely, Selectable } from 'kysely';
import type { Database, MediationConsentsTable } from '../../db/schema';

/** 第十六条: one side's answer to mediation, how and when given, who recorded it. */
export type ConsentRow = Selectable<MediationConsentsTable>;

export async function listConsents(db: Kysely<Database>, complaintId: string) {
  return db
    .selectFrom('mediation_consents')
    .selectAll()
    .where('complaint_id', '=', complaintId)
    .execute();
}

/** false when that side's answer is already recorded (it is kept as given). */
export async function insertConsent(
  trx: Kysely<Database>,
  complaintId: string,
  row: Omit<ConsentRow, 'complaint_id'>,
): Promise<boolean> {
  const result = await trx
    .insertInto('mediation_consents')
    .values({ complaint_id: complaintId, ...row })
    .onConflict((oc) => oc.columns(['complaint_id', 'side']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
