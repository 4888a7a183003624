import { Migrator } from 'kysely';
import { migrations } from '../../server/src/db/migrations';
import { createTestApp, loginConsumer, tokenFor, type TestApp } from './support/app';
import { fileComplaint } from './support/complaints';

/**
 * Migration 0022: uploads accept the purpose 'follow-up'; 0023: 'report' and 'campaign', and an
 * upload without an owner (a 举报's photo sent without signing in). The rest of the table is as
 * it was.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
});
afterAll(() => t.close());

const migrator = () =>
  new Migrator({ db: t.db.db, provider: { getMigrations: async () => migrations } });

/**
 * The database's refusal. (Not `rejects.toThrow()`: better-sqlite3's errors come from the first
 * test file's realm when Jest runs several in one worker, and are not `instanceof Error` here.)
 */
async function violation(query: Promise<unknown>): Promise<string> {
  try {
    await query;
  } catch (err) {
    return String((err as { message?: unknown }).message);
  }
  return 'no error';
}

const uploadRow = (id: string, owner: string | null, purpose: string) => ({
  id,
  sha256: `sha-${id}`,
  mime: 'image/jpeg' as const,
  size: 10,
  purpose: purpose as 'evidence',
  owner_id: owner,
  created_at: '2027-03-15T00:00:00.000Z',
});

it('keeps every upload and its links across the change, both ways', async () => {
  const owner = await tokenFor(t, 'staff');
  const down = await migrator().migrateTo('0021_disclosure');
  expect(down.error).toBeUndefined();
  await t.db.db
    .insertInto('uploads')
    .values(uploadRow('u-old', owner.id, 'evidence'))
    .execute();
  expect(
    await violation(
      t.db.db
        .insertInto('uploads')
        .values(uploadRow('u-early', owner.id, 'follow-up'))
        .execute(),
    ),
  ).toMatch(/constraint/i);

  const up = await migrator().migrateToLatest();
  expect(up.error).toBeUndefined();
  // Later migrations (0024 …) come back up too; these two rebuilt the uploads table.
  expect(up.results?.map((r) => [r.migrationName, r.status]).slice(0, 2)).toEqual([
    ['0022_follow_up', 'Success'],
    ['0023_reports_campaigns', 'Success'],
  ]);
  await t.db.db
    .insertInto('uploads')
    .values(uploadRow('u-new', owner.id, 'follow-up'))
    .execute();
  const rows = await t.db.db
    .selectFrom('uploads')
    .select(['id', 'purpose', 'sha256'])
    .where('owner_id', '=', owner.id)
    .orderBy('id')
    .execute();
  expect(rows).toEqual([
    { id: 'u-new', purpose: 'follow-up', sha256: 'sha-u-new' },
    { id: 'u-old', purpose: 'evidence', sha256: 'sha-u-old' },
  ]);
});

it('0023: ownerless report photos only after it; every other upload kept both ways', async () => {
  const owner = await tokenFor(t, 'consumer');
  const down = await migrator().migrateTo('0022_follow_up');
  expect(down.error).toBeUndefined();
  expect(
    await violation(
      t.db.db
        .insertInto('uploads')
        .values(uploadRow('r-early', null, 'evidence'))
        .execute(),
    ),
  ).toMatch(/null|constraint/i);
  expect(
    await violation(
      t.db.db
        .insertInto('uploads')
        .values(uploadRow('r-early', owner.id, 'report'))
        .execute(),
    ),
  ).toMatch(/constraint/i);
  await t.db.db
    .insertInto('uploads')
    .values(uploadRow('r-kept', owner.id, 'follow-up'))
    .execute();
  const before = await t.db.db.selectFrom('uploads').selectAll().orderBy('id').execute();

  expect((await migrator().migrateToLatest()).error).toBeUndefined();
  expect(await t.db.db.selectFrom('uploads').selectAll().orderBy('id').execute()).toEqual(before);
  await t.db.db
    .insertInto('uploads')
    .values(uploadRow('r-anon', null, 'report'))
    .execute();
  await t.db.db
    .insertInto('uploads')
    .values(uploadRow('r-cover', owner.id, 'campaign'))
    .execute();
  expect(
    await violation(
      t.db.db
        .insertInto('report_photos')
        .values({ report_id: 'no-such-report', upload_id: 'r-anon', position: 0 })
        .execute(),
    ),
  ).toMatch(/constraint/i);

  // Down again: the uploads it allowed go, every other one stays as it was.
  expect((await migrator().migrateTo('0022_follow_up')).error).toBeUndefined();
  expect(await t.db.db.selectFrom('uploads').selectAll().orderBy('id').execute()).toEqual(before);
  const upAgain = await migrator().migrateToLatest();
  expect(upAgain.results?.map((r) => [r.migrationName, r.status]).slice(0, 1)).toEqual([
    ['0023_reports_campaigns', 'Success'],
  ]);
  expect(await t.db.db.selectFrom('uploads').selectAll().orderBy('id').execute()).toEqual(before);
});

it('still refuses an unknown purpose and an unknown owner, and follows its owner away', async () => {
  const owner = await tokenFor(t, 'staff');
  expect(
    await violation(
      t.db.db
        .insertInto('uploads')
        .values(uploadRow('u-bad', owner.id, 'poster'))
        .execute(),
    ),
  ).toMatch(/constraint/i);
  expect(
    await violation(
      t.db.db
        .insertInto('uploads')
        .values(uploadRow('u-orphan', 'nobody', 'follow-up'))
        .execute(),
    ),
  ).toMatch(/constraint/i);
  await t.db.db
    .insertInto('uploads')
    .values(uploadRow('u-gone', owner.id, 'follow-up'))
    .execute();
  await t.db.db.deleteFrom('users').where('id', '=', owner.id).execute();
  expect(
    await t.db.db.selectFrom('uploads').select('id').where('id', '=', 'u-gone').execute(),
  ).toEqual([]);
});

it('complaint evidence still points at uploads: a missing upload is refused', async () => {
  const consumer = await loginConsumer(t.app);
  const complaint = await fileComplaint(t, consumer.token, {}, { withEvidence: true });
  const evidence = (uploadId: string) =>
    t.db.db
      .insertInto('complaint_evidence')
      .values({ complaint_id: complaint.id, upload_id: uploadId, event_id: null, added_at: 'x' })
      .execute();
  expect(await violation(evidence('no-such-upload'))).toMatch(/constraint/i);
  await t.db.db
    .insertInto('uploads')
    .values(uploadRow('u-extra', consumer.user.id, 'evidence'))
    .execute();
  await evidence('u-extra');
  const linked = await t.db.db
    .selectFrom('complaint_evidence')
    .innerJoin('uploads', 'uploads.id', 'complaint_evidence.upload_id')
    .select('uploads.purpose')
    .where('complaint_id', '=', complaint.id)
    .execute();
  expect(linked).toEqual([{ purpose: 'evidence' }, { purpose: 'evidence' }]);
});
