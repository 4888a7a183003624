/**
 * Issue 17: the weapp production build's 普法 pages in miniprogram-simulate against the real
 * server: an article shows its words paragraph by paragraph and 转发 shares it; the library's
 * search answers as the user types. What to expect is read from the API.
 */
import type { ArticleDetail, LawSearchResult } from '@api/law';
import { apiCall } from '../support/api-client';
import { startRealServer, type RealServer } from '../support/real-server';
import { installWeapp, openPage, simulate, waitForText } from './support/taro-simulate';

let server: RealServer;

beforeAll(async () => {
  server = await startRealServer();
  installWeapp(server.origin);
}, 30_000);

afterAll(() => server?.stop());

type Simulated = ReturnType<typeof openPage>;
const texts = (page: Simulated, selector: string) =>
  page.querySelectorAll(selector).map((node) => node.dom?.textContent ?? '');
/** The page instance WeChat would ask for a share card (the last page opened). */
const currentPage = () => {
  const pages = (
    globalThis as unknown as { getCurrentPages: () => Record<string, unknown>[] }
  ).getCurrentPages();
  return pages[pages.length - 1] as { onShareAppMessage: (options: object) => unknown };
};

test('an article: its words paragraph by paragraph, and 转发 shares its path', async () => {
  const detail = await apiCall<ArticleDetail>(
    server.origin,
    'GET',
    '/law/articles/consumer-protection/25',
  );
  const page = openPage('features/law/pages/article/index', {
    law: 'consumer-protection',
    no: '25',
  });
  await waitForText(page, detail.article.label);
  expect(texts(page, '.law-article__paragraph')).toEqual(detail.article.text.split('\n'));
  expect(page.dom?.textContent).toContain(detail.law.title);
  expect(page.dom?.textContent).toContain(`来源：${detail.law.source.name}`);

  const card = currentPage().onShareAppMessage({ from: 'button' }) as {
    title: string;
    path: string;
  };
  expect(card).toMatchObject({
    title: `《${detail.law.shortTitle}》${detail.article.label}`,
    path: '/features/law/pages/article/index?law=consumer-protection&no=25',
  });
});

test('the library searches as the user types', async () => {
  const expected = await apiCall<LawSearchResult>(
    server.origin,
    'GET',
    `/law/search?q=${encodeURIComponent('退货')}`,
  );
  expect(expected.articles.length).toBeGreaterThan(0);
  const page = openPage('features/law/pages/index/index');
  await waitForText(page, '法律');
  const input = page.querySelector('.nut-searchbar-input');
  expect(input).toBeDefined();
  input!.dispatchEvent('input', { detail: { value: '退货' } });
  const first = expected.articles[0];
  await waitForText(page, first.label);
  expect(texts(page, '.law-home__hit-law')).toEqual(expected.articles.map((hit) => hit.lawTitle));
  expect(texts(page, '.law-home__match').every((text) => text === '退货')).toBe(true);
  expect(texts(page, '.law-home__match').length).toBeGreaterThan(0);
  await simulate.sleep(10);
});
