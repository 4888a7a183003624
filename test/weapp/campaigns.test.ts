/**
 * Issue 16: the weapp production build's 专项整治 in miniprogram-simulate against the real server
 * (the demo profile's campaigns, seeded as published): 首页 lists the campaigns in their period,
 * each with 我要举报 to the report form for that campaign; a campaign's page shows what it is and
 * its 我要举报 while it runs, which opens the report form with the campaign chosen. (A page of the
 * build loads once per file in the simulator: each page is opened once here.)
 */
import type { ActiveCampaigns, CampaignDetail } from '@api/campaigns';
import { getJson, startRealServer, type RealServer } from '../support/real-server';
import { calls, installWeapp, openPage, simulate, waitForText } from './support/taro-simulate';

let server: RealServer;
let active: ActiveCampaigns['items'];

beforeAll(async () => {
  server = await startRealServer();
  active = (await getJson<ActiveCampaigns>(`${server.origin}/api/v1/campaigns/active`)).body.items;
  installWeapp(server.origin);
}, 60_000);

afterAll(() => server?.stop());

type Simulated = ReturnType<typeof openPage>;
const texts = (page: Simulated, selector: string) =>
  page.querySelectorAll(selector).map((node) => node.dom?.textContent ?? '');

/** Taps and waits until the app has asked to open a page whose URL contains `part`. */
async function tapAndExpectRoute(node: { dispatchEvent: (name: string) => void }, part: string) {
  const before = calls.navigateTo.length;
  node.dispatchEvent('tap');
  for (let i = 0; i < 50 && calls.navigateTo.length === before; i++) await simulate.sleep(20);
  expect(calls.navigateTo.slice(before)).toEqual([expect.stringContaining(part)]);
}

test('首页 lists the active campaigns, each with 我要举报 for that campaign', async () => {
  // The demo profile's periods cover today (2026-12 … 2027-12): some are running.
  expect(active.length).toBeGreaterThan(0);
  const page = openPage('pages/index/index');
  await waitForText(page, active[0].name);
  expect(page.dom?.textContent).toContain('专项整治');

  const shown = active.slice(0, 3);
  expect(texts(page, '.home-campaigns__name')).toEqual(shown.map((c) => c.name));
  const reportButtons = page.querySelectorAll('.home-campaigns__report');
  expect(reportButtons.map((b) => b.dom?.textContent)).toEqual(shown.map(() => '我要举报'));

  // 我要举报 opens the report form with the campaign chosen; the row opens the campaign.
  await tapAndExpectRoute(
    reportButtons[0],
    `features/reports/pages/new/index?campaignId=${shown[0].id}`,
  );
  await tapAndExpectRoute(
    page.querySelectorAll('.home-campaigns__item')[0],
    `features/campaigns/pages/detail/index?id=${shown[0].id}`,
  );
});

test("a running campaign's page: period, lead unit, targets, what to report, 我要举报", async () => {
  const campaign = (
    await getJson<CampaignDetail>(`${server.origin}/api/v1/campaigns/${active[0].id}`)
  ).body;
  const page = openPage('features/campaigns/pages/detail/index', { id: campaign.id });
  await waitForText(page, campaign.targets.slice(0, 20));
  const text = page.dom?.textContent ?? '';
  expect(text).toContain(campaign.name);
  expect(text).toContain('进行中');
  expect(text).toContain(campaign.leadUnit);
  expect(texts(page, '.campaign__chip')).toEqual(campaign.reportable);
  for (const ref of campaign.legalBasis) expect(text).toContain(ref.article);

  const report = page
    .querySelectorAll('.nut-button')
    .find((button) => button.dom?.textContent?.includes('我要举报'));
  expect(report).toBeDefined();
  await tapAndExpectRoute(report!, `features/reports/pages/new/index?campaignId=${campaign.id}`);

  // Where it leads: the report form, with this campaign chosen.
  const url = new URL(calls.navigateTo[calls.navigateTo.length - 1], 'https://app.invalid');
  const form = openPage(url.pathname.slice(1), Object.fromEntries(url.searchParams));
  await waitForText(form, '相关专项整治');
  await waitForText(form, campaign.name);
});
