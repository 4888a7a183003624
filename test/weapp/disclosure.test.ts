/**
 * Issue 15: the weapp production build's 投诉公示 pages in miniprogram-simulate against the real
 * server, with a batch made and published through the API (support/disclosure-world.ts). The
 * batch page draws one bar per industry with its figures written out and ranks only the
 * businesses over the profile's minimum; a ranked business's page lists its published
 * complaints with its accepted statement. No personal field of any complaint shows anywhere.
 */
import type { PublicBatch, PublicBusinessRows } from '@api/disclosure';
import { DISCLOSURE_OUTCOME_LABELS } from '@/domain/disclosure-vocabulary';
import { getJson, startRealServer, type RealServer } from '../support/real-server';
import { publishedWorld, type World } from './support/disclosure-world';
import { installWeapp, openPage, waitForText } from './support/taro-simulate';

let server: RealServer;
let world: World;

beforeAll(async () => {
  server = await startRealServer();
  installWeapp(server.origin);
  world = await publishedWorld(server.origin, server.dataDir);
}, 60_000);

afterAll(() => server?.stop());

type Simulated = ReturnType<typeof openPage>;
const texts = (page: Simulated, selector: string) =>
  page.querySelectorAll(selector).map((node) => node.dom?.textContent ?? '');

function expectNothingPersonal(text: string) {
  for (const value of world.personal)
    expect({ value, shown: text.includes(value) }).toEqual({
      value,
      shown: false,
    });
}

test('the batch page: a bar per industry with its figures, only the ranked shop listed', async () => {
  const [ranked, counted] = world.shops;
  const page = openPage('features/disclosure/pages/batch/index', { id: world.batchId });
  await waitForText(page, ranked.name);
  const text = page.dom?.textContent ?? '';

  // Shop A: 3 accepted, 2 settled (one terminated); shop B: 1 accepted and settled.
  expect(texts(page, '.industry-bar__name')).toEqual([ranked.industry, counted.industry]);
  expect(texts(page, '.industry-bar__rate')).toEqual(['66.7%', '100%']);
  expect(text).toContain('受理 3 · 调解成功 2');
  expect(text).toContain('受理 1 · 调解成功 1');
  // The bars' lengths follow the counts: the bigger industry fills the track.
  const widths = page
    .querySelectorAll('.chart-track__fill.is-accepted')
    .slice(0, 2)
    .map((node) => node.dom?.getAttribute('style') ?? '');
  expect(widths[0]).toMatch(/width:\s*100%/);
  expect(widths[1]).toMatch(/width:\s*33\.3\d*%/);

  // The totals, and the same figures as the API (what the page was given).
  const batch = (
    await getJson<PublicBatch>(`${server.origin}/api/v1/disclosure/batches/${world.batchId}`)
  ).body;
  expect(batch.totals).toMatchObject({ accepted: 4, settled: 3, settlementRate: 75 });
  expect(texts(page, '.disclosure-batch__number').slice(0, 3)).toEqual(['4', '3', '75%']);

  // Only the shop over the minimum (2) is ranked; the other is counted, never named.
  expect(texts(page, '.business-head__name')).toEqual([ranked.name]);
  expect(text).toContain('有说明');
  expect(text).not.toContain(counted.name);
  expect(text).not.toContain(counted.statement);
  expectNothingPersonal(text);
});

test("a ranked shop's page: its three outcomes, its statement, nothing personal", async () => {
  const [ranked, counted] = world.shops;
  const page = openPage('features/disclosure/pages/business/index', {
    id: world.batchId,
    merchantId: ranked.merchantId,
  });
  await waitForText(page, ranked.statement);
  const text = page.dom?.textContent ?? '';

  expect(text).toContain('公示的投诉（3件）');
  expect(texts(page, '.disclosure-row__outcome').sort()).toEqual(
    [
      DISCLOSURE_OUTCOME_LABELS.settled,
      DISCLOSURE_OUTCOME_LABELS.settled,
      DISCLOSURE_OUTCOME_LABELS.terminated,
    ].sort(),
  );
  expect(texts(page, '.disclosure-row__statement')).toEqual([`经营者说明：${ranked.statement}`]);
  expect(text).toContain(`${ranked.industry} · 商品质量`);
  expect(text).toContain('受理 3 · 调解成功 2');
  expectNothingPersonal(text);

  // The unranked shop has no public page: its rows are never public.
  const hidden = await getJson<PublicBusinessRows>(
    `${server.origin}/api/v1/disclosure/batches/${world.batchId}/businesses/${counted.merchantId}`,
  );
  expect(hidden.status).toBe(404);
});
