/**
 * Issue 14: the weapp production build's detail pages in miniprogram-simulate against the real
 * server. An advisory's body is rendered from its safe markup with Taro components (paragraphs,
 * lists, bold), next to its issuer and legal basis; a published consumer tip shows its text and
 * the author's masked name. What to expect is read from the API, not written down here.
 */
import type { AdvisoryDetail, AdvisoryList } from '@api/advisories';
import type { PublicTip } from '@api/tips';
import { parseAdvisoryMarkup, type MarkupLine } from '@/domain/advisory-markup';
import { lawName } from '@/domain/advisory-vocabulary';
import { apiCall } from '../support/api-client';
import { startRealServer, type RealServer } from '../support/real-server';
import { signInNewStaff } from '../support/staff';
import { approveTip, devSession, writeTip } from '../e2e/support/journey-seed';
import { installWeapp, openPage, waitForText } from './support/taro-simulate';

let server: RealServer;

beforeAll(async () => {
  server = await startRealServer();
  installWeapp(server.origin);
}, 30_000);

afterAll(() => server?.stop());

type Simulated = ReturnType<typeof openPage>;
const texts = (page: Simulated, selector: string) =>
  page.querySelectorAll(selector).map((node) => node.dom?.textContent ?? '');
const lineText = (line: MarkupLine) => line.map((span) => span.text).join('');

/** A seeded (SEED_DEMO) published advisory whose body has a list and bold text. */
async function demoAdvisory(): Promise<AdvisoryDetail> {
  const list = await apiCall<AdvisoryList>(server.origin, 'GET', '/advisories?limit=20');
  for (const card of list.items) {
    const detail = await apiCall<AdvisoryDetail>(server.origin, 'GET', `/advisories/${card.id}`);
    const blocks = parseAdvisoryMarkup(detail.body);
    const bold = blocks.some((block) =>
      (block.type === 'paragraph' ? block.lines : block.items).flat().some((span) => span.bold),
    );
    if (bold && blocks.some((block) => block.type !== 'paragraph')) return detail;
  }
  throw new Error('no demo advisory with a list and bold text; is SEED_DEMO on?');
}

test('an advisory detail: title, issuer, paragraphs, bold, list items and legal basis', async () => {
  const advisory = await demoAdvisory();
  const blocks = parseAdvisoryMarkup(advisory.body);
  const page = openPage('features/advisories/pages/detail/index', { id: advisory.id });
  await waitForText(page, advisory.title);

  expect(texts(page, '.advisory__title')).toEqual([advisory.title]);
  expect(page.dom?.textContent).toContain(advisory.issuer);
  expect(page.dom?.textContent).toContain(advisory.kind);

  // Every paragraph line and list item, in order, as its own component; bold as its own Text.
  const lines = blocks.flatMap((block) =>
    block.type === 'paragraph' ? block.lines.map(lineText) : [],
  );
  const items = blocks.flatMap((block) =>
    block.type === 'paragraph' ? [] : block.items.map(lineText),
  );
  const bold = blocks
    .flatMap((block) => (block.type === 'paragraph' ? block.lines : block.items))
    .flat()
    .filter((span) => span.bold)
    .map((span) => span.text);
  expect(texts(page, '.markup-view__paragraph')).toHaveLength(
    blocks.filter((block) => block.type === 'paragraph').length,
  );
  expect(texts(page, '.markup-view__line')).toEqual(lines);
  expect(texts(page, '.markup-view__item-text')).toEqual(items);
  expect(texts(page, '.markup-view__bold')).toEqual(bold);
  // The markup's asterisks and dashes are gone: rendered, not shown as typed.
  expect(texts(page, '.markup-view').join('')).not.toContain('**');

  expect(texts(page, '.advisory__law')).toEqual(
    advisory.legalBasis.map((ref) => `《${lawName(ref.law)}》${ref.article}`),
  );
});

test('a published tip: title, body, category and the masked author, 有用 at 0', async () => {
  const { origin, dataDir } = server;
  const author = await devSession(origin, 'weapp-tip-author');
  const staff = await signInNewStaff(origin, dataDir, 'weapp-tip-staff');
  const written = await writeTip(origin, author, {
    title: '团购旅游先看行程单',
    body: '报名低价一日游前，先要一份写明购物点和自费项目的行程单，别只听口头承诺。',
    category: '旅游出行',
  });
  await approveTip(origin, staff, written.id);
  const tip = await apiCall<PublicTip>(origin, 'GET', `/tips/${written.id}`);

  const page = openPage('features/tips/pages/detail/index', { id: tip.id });
  await waitForText(page, tip.title);
  expect(texts(page, '.tip-detail__title')).toEqual([tip.title]);
  expect(texts(page, '.tip-detail__body')).toEqual([tip.body]);
  const text = page.dom?.textContent ?? '';
  expect(text).toContain(tip.category);
  expect(text).toContain(`${tip.authorName} 投稿`);
  expect(text).not.toContain('weapp-tip-author');
  expect(text).toContain('有用 0');
});
