import type { MerchantDetail, MerchantPage } from '@api/merchants';
import { validateCreditCode } from '@/domain/credit-code';
import { insertSyntheticMerchants } from '../../bench/support/synthetic-merchants';
import { createTestApp, type TestApp } from './support/app';

/** The bench's data generator: valid, searchable, with badges, repeatable. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = async <T>(url: string) => (await t.app.inject({ method: 'GET', url })).json<T>();

it('inserts merchants that search, badges and the merchant page all see', async () => {
  const before = (await t.db.db.selectFrom('merchants').select('id').execute()).length;
  await insertSyntheticMerchants(t.db.db, 700, { batch: 300 });
  const rows = await t.db.db
    .selectFrom('merchants')
    .select(['id', 'name', 'credit_code'])
    .where('credit_code', 'like', '9_523399%')
    .orderBy('id')
    .execute();
  expect(rows).toHaveLength(700);
  expect((await t.db.db.selectFrom('merchants').select('id').execute()).length).toBe(before + 700);
  expect(rows.every((r) => validateCreditCode(r.credit_code).ok)).toBe(true);
  expect(new Set(rows.map((r) => r.credit_code)).size).toBe(700);

  // The full-text index followed the bulk insert: a 3-character piece of a name finds it.
  const sample = rows[123];
  const piece = Array.from(sample.name).slice(-3).join('');
  let found = false;
  let cursor: string | null = null;
  do {
    const page: MerchantPage = await get<MerchantPage>(
      `/api/v1/merchants?q=${encodeURIComponent(piece)}&limit=50${cursor ? `&cursor=${cursor}` : ''}`,
    );
    found ||= page.items.some((m) => m.id === sample.id);
    cursor = page.nextCursor;
  } while (cursor && !found);
  expect(found).toBe(true);

  // About one in ten a model unit, with its title on the page.
  const units = await get<MerchantPage>('/api/v1/merchants?badge=model-unit&limit=50&q=9152339');
  expect(units.items.length).toBeGreaterThan(0);
  const page = await get<MerchantDetail>(`/api/v1/merchants/${units.items[0].id}`);
  expect(page.modelUnits[0]).toMatchObject({ status: 'active' });
  expect(page.badges.modelUnit).toEqual(units.items[0].badges.modelUnit);
});

it('a second call adds more, never colliding with the first', async () => {
  await insertSyntheticMerchants(t.db.db, 50);
  const rows = await t.db.db
    .selectFrom('merchants')
    .select('id')
    .where('credit_code', 'like', '9_523399%')
    .execute();
  expect(rows).toHaveLength(750);
});
