import '../../typebox-formats';
import { Value } from '@sinclair/typebox/value';
import type { Kysely } from 'kysely';
import { BUILT_IN_YEARS, describeSource } from '@/domain/holidays-cn';
import { Region } from '@api/region';
import type { Database } from '../schema';
import { questions } from '../../features/quiz/bank/questions';
import { refreshBuiltInQuestions } from '../../features/quiz/bank/built-in-repository';
import { toQuestionRow } from '../../features/quiz/question-row';
import { seedProfileCampaigns } from '../../features/campaigns/profile-campaigns';
import { loadBuiltinLaws } from '../../features/law/law-service';
import { QA_SEED } from '../../features/law/qa-seed';
import { seedQaCards } from '../../features/law/qa-seeding';
import { seedDemoAdvisories } from './advisories';
import { seedDemoMerchants } from './merchants';
import regionJson from './region.json';

export const REGION_KEY = 'region';

/** The checked-in demo county profile, checked against the API contract. */
export function demoRegion(): Region {
  if (!Value.Check(Region, regionJson)) {
    const first = Value.Errors(Region, regionJson).First();
    throw new Error(`region.json 与 Region 不符: ${first?.path} ${first?.message}`);
  }
  return regionJson;
}

export interface SeedOptions {
  /** Demo content of later features (merchants, tips …); the region profile is always seeded. */
  seedDemo: boolean;
  /** County code in certificate numbers (config COUNTY_CODE); default QS. */
  countyCode?: string;
  /** The seed day: demo dates are relative to it (the app's deps.now()). */
  now: Date;
}

/**
 * Idempotent first-run seed: inserts only what is missing, in one transaction, so a crash
 * never leaves half a seed and a restart never overwrites what staff edited.
 */
export async function seedDatabase(db: Kysely<Database>, options: SeedOptions): Promise<void> {
  const region = demoRegion();
  await db.transaction().execute(async (trx) => {
    const now = options.now.toISOString();
    await trx
      .insertInto('settings')
      .values({ key: REGION_KEY, value: JSON.stringify(region), updated_at: now, updated_by: null })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();

    // The profile's campaigns (of the stored profile: staff may have saved another one).
    const stored = await trx
      .selectFrom('settings')
      .select('value')
      .where('key', '=', REGION_KEY)
      .executeTakeFirstOrThrow();
    await seedProfileCampaigns(trx, JSON.parse(stored.value) as Region, options.now);

    // Built-in holiday years (国务院办公厅 notices): a year staff imported or replaced is kept.
    for (const { year, calendar, source } of BUILT_IN_YEARS) {
      const have = await trx
        .selectFrom('holiday_years')
        .select('year')
        .where('year', '=', year)
        .executeTakeFirst();
      if (have) continue;
      await trx
        .insertInto('holiday_years')
        .values({ year, source: describeSource(source), imported_at: null, imported_by: null })
        .execute();
      await trx
        .insertInto('holidays')
        .values([
          ...calendar.holidays.map((date) => ({ date, kind: 'holiday' as const, note: '放假' })),
          ...calendar.workdays.map((date) => ({
            date,
            kind: 'workday' as const,
            note: '调休上班',
          })),
        ])
        .onConflict((oc) => oc.column('date').doNothing())
        .execute();
    }

    // The built-in question bank: new questions of a release are added; staff edits are kept.
    for (let i = 0; i < questions.length; i += 50) {
      await trx
        .insertInto('quiz_questions')
        .values(
          questions.slice(i, i + 50).map((q) => ({
            ...toQuestionRow(q),
            created_at: now,
            updated_at: now,
            updated_by: null,
          })),
        )
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    // Corrected built-in questions reach the rows staff never edited.
    await refreshBuiltInQuestions(trx, questions, now);

    // Demo merchants only into an empty registry: never next to real ones.
    if (
      options.seedDemo &&
      !(await trx.selectFrom('merchants').select('id').limit(1).executeTakeFirst())
    ) {
      await seedDemoMerchants(trx, {
        countyCode: options.countyCode ?? 'QS',
        now: options.now,
      });
    }
    if (
      options.seedDemo &&
      !(await trx.selectFrom('advisories').select('id').limit(1).executeTakeFirst())
    ) {
      await seedDemoAdvisories(trx, options.now);
    }
  });
  // The law texts that ship: each changed law in its own transaction (usually none changed).
  await loadBuiltinLaws(db, options.now);
  // The 问答 cards that ship, once each (they cite the laws just loaded).
  await seedQaCards(db, QA_SEED, options.now);
}
