/**
 * Issue 18: WeChat's experience audits (体验评分) as deterministic budgets. Every page of the real
 * production build (read from app.json, so a new page is covered on its own) is rendered in
 * miniprogram-simulate against the real server with its demo data, signed in as a consumer, and
 * driven through its main interactions; each setData payload stays within 256 KB and the page's
 * WXML within 1,000 nodes and a depth below 30. The figures go to test-results for `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Session } from '@api/auth';
import type { MerchantPage } from '@api/merchants';
import { apiCall } from '../support/api-client';
import { startRealServer, type RealServer } from '../support/real-server';
import { NEW_STAFF_PASSWORD, signInNewStaff } from '../support/staff';
import {
  calls,
  installWeapp,
  openPage,
  setDataCalls,
  setStorage,
  setTrigger,
  settle,
  simulate,
  WEAPP_ROOT,
} from './support/taro-simulate';
import {
  SETDATA_LIMIT_BYTES,
  WXML_DEPTH_LIMIT,
  WXML_NODE_LIMIT,
  wxmlFigures,
  writeBudgetFigures,
  type PageFigures,
} from './support/runtime-budget';

type Simulated = ReturnType<typeof openPage>;
/** A rendered element the tests tap or type into. */
type Touchable = { dispatchEvent: (name: string, options?: object) => void } | undefined;
type PageInstance = { onReachBottom?: () => void; onPullDownRefresh?: () => void };

interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
}
const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP_ROOT, 'app.json'), 'utf8')) as AppJson;
const ROUTES = [
  ...appJson.pages,
  ...(appJson.subPackages ?? []).flatMap((sub) =>
    sub.pages.map((page) => `${sub.root.replace(/\/$/, '')}/${page}`),
  ),
];

/** Seeded public records the pages that show one are opened with. */
interface Seeded {
  merchant: { id: string; name: string };
  advisoryId?: string;
  campaignId?: string;
  qaId?: string;
  sessionId?: string;
  paperId?: string;
}

let server: RealServer;
const seeded = {} as Seeded;
const figures: PageFigures[] = [];

/** The first item's id of a public list, if the demo data has one. */
async function firstId(listPath: string): Promise<string | undefined> {
  const list = await apiCall<{ items?: { id: string }[] } | { id: string }[]>(
    server.origin,
    'GET',
    listPath,
  ).catch(() => undefined);
  const items = Array.isArray(list) ? list : list?.items;
  return items?.[0]?.id;
}

beforeAll(async () => {
  server = await startRealServer();
  // A returning consumer: the session is read at launch.
  setStorage(
    'fx.session',
    await apiCall<Session>(server.origin, 'POST', '/auth/dev', { openid: 'weapp-budgets' }),
  );
  const merchants = await apiCall<MerchantPage>(server.origin, 'GET', '/merchants?limit=1');
  seeded.merchant = merchants.items[0];
  seeded.advisoryId = await firstId('/advisories?limit=1');
  seeded.campaignId = await firstId('/campaigns');
  seeded.qaId = await firstId('/law/qa');
  seeded.sessionId = await firstId('/law/sessions');
  // An admin with a password of their own, who signs in through the app's own login page later.
  await signInNewStaff(server.origin, server.dataDir, STAFF_USERNAME, true);
  installWeapp(server.origin);
}, 30_000);

afterAll(async () => {
  writeBudgetFigures(figures);
  await server?.stop();
});

/** How long the app must stay quiet (no request, no setData) for a page to count as drawn. */
const QUIET = { quietMs: 50 };
const STAFF_USERNAME = 'weapp-budgets-staff';

const LAW_ARTICLE = { law: 'consumer-protection', no: '25' };

/** The query a page is opened with: a seeded record where the page shows one. */
function paramsFor(route: string): Record<string, string> {
  const id = (value?: string): Record<string, string> => (value ? { id: value } : {});
  const byRoute: Record<string, Record<string, string>> = {
    'features/merchants/pages/detail/index': { id: seeded.merchant.id },
    'features/model-units/pages/apply/index': { merchantId: seeded.merchant.id },
    'features/advisories/pages/detail/index': id(seeded.advisoryId),
    'features/advisories/pages/poster/index': id(seeded.advisoryId),
    'features/campaigns/pages/detail/index': id(seeded.campaignId),
    'features/campaigns/pages/stats/index': id(seeded.campaignId),
    'features/law/pages/law/index': { law: LAW_ARTICLE.law },
    'features/law/pages/article/index': LAW_ARTICLE,
    'features/law/pages/poster/index': LAW_ARTICLE,
    'features/law/pages/qa-detail/index': id(seeded.qaId),
    'features/law/pages/session/index': id(seeded.sessionId),
    'features/quiz/pages/paper/index': id(seeded.paperId),
    'features/quiz/pages/result/index': id(seeded.paperId),
    'features/quiz/pages/poster/index': id(seeded.paperId),
  };
  return byRoute[route] ?? {};
}

/** What pages show while an answer is on its way: LoadState's skeleton, a list's 加载中…. */
function stillLoading(root: Element): boolean {
  if (root.querySelector('[class*="load-state__skeleton"], [class*="nut-skeleton"]')) return true;
  return Array.from(root.querySelectorAll('[class*="more"]')).some(
    (node) => node.textContent?.trim() === '加载中…',
  );
}

/** A paged list's end row when there is more to load (MoreRow, 查商家's own). */
const offersMore = (root: Element) =>
  Array.from(root.querySelectorAll('[class*="more"]')).some((node) =>
    node.textContent?.includes('加载更多'),
  );

let shown: Element | undefined;

/**
 * Waits until the page on screen has drawn: the app quiet, and no loading state left (on a busy
 * machine a request may start after a quiet spell, so quiet alone is not enough).
 */
async function drawn() {
  const started = Date.now();
  do await settle(QUIET);
  while (shown && stillLoading(shown) && Date.now() - started < 5000);
}

/** Runs one interaction and waits until the page has drawn its outcome. */
async function interact(label: string, action: () => void) {
  setTrigger(label);
  action();
  await drawn();
}

const tap = (node: Touchable, what: string) => {
  if (!node) throw new Error(`nothing to tap: ${what}`);
  node.dispatchEvent('tap');
};
const typeInto = (node: Touchable, value: string, what: string) => {
  if (!node) throw new Error(`no input: ${what}`);
  node.dispatchEvent('input', { detail: { value } });
};
const buttonLabelled = (page: Simulated, label: string) =>
  page
    .querySelectorAll('.nut-button')
    .find((b) => b.dom?.textContent?.includes(label) && !b.dom?.className.includes('disabled'));

/** The main interactions of the pages the other weapp tests drive, beyond load more. */
const DRIVES: Record<string, (page: Simulated, instance: PageInstance) => Promise<string[]>> = {
  'pages/index/index': async (_page, instance) => {
    await interact('pull-down refresh', () => instance.onPullDownRefresh?.());
    return ['pull-down refresh'];
  },
  'pages/merchants/index': async (page) => {
    const term = seeded.merchant.name.slice(0, 2);
    await interact('search', () =>
      typeInto(page.querySelector('.merchants__input'), term, '查商家'),
    );
    return ['search'];
  },
  'features/complaints/pages/new/index': async (page) => {
    const input = page.querySelector('.new-complaint__search .nut-input-native');
    await interact('merchant search', () =>
      typeInto(input, seeded.merchant.name.slice(0, 2), '投诉'),
    );
    return ['merchant search'];
  },
  'features/advisories/pages/index/index': async (page) => {
    const tabs = page.querySelectorAll('.tab-strip__tab');
    await interact('tab switch', () => tap(tabs[1], '消费提示 tab'));
    return ['tab switch'];
  },
  'features/law/pages/index/index': async (page) => {
    await interact('search', () =>
      typeInto(page.querySelector('.nut-searchbar-input'), '退货', '普法'),
    );
    return ['search'];
  },
  'features/quiz/pages/index/index': async (page) => {
    await interact('start', () => tap(buttonLabelled(page, '开始答题'), '开始答题'));
    const url = [...calls.navigateTo].reverse().find((u) => u.includes('quiz/pages/paper'));
    seeded.paperId = url && new URL(url, 'https://app.invalid').searchParams.get('id')!;
    expect(seeded.paperId).toBeTruthy();
    return ['start'];
  },
  'features/quiz/pages/paper/index': async (page) => {
    for (let n = 1; n <= 10; n++) {
      await interact('answer', () => tap(page.querySelector('.quiz-option'), `question ${n}`));
      if (n < 10)
        await interact('next question', () => tap(buttonLabelled(page, '下一题'), '下一题'));
    }
    await interact('submit', () => tap(buttonLabelled(page, '交卷'), '交卷'));
    return ['answer ×10', 'next question ×9', 'submit'];
  },
};

/** Renders a page, drives it, and records its figures; true if it asked for a staff account. */
async function measure(route: string, role: PageFigures['role']): Promise<boolean> {
  const before = setDataCalls.length;
  const page = openPage(route, paramsFor(route));
  const instance = page.instance as PageInstance;
  const root = page.dom as HTMLElement;
  shown = root;
  await drawn();
  const trees = [wxmlFigures(root)];
  const gated = page.querySelector('.access-gate') !== undefined;

  const interactions = (await DRIVES[route]?.(page, instance)) ?? [];
  trees.push(wxmlFigures(root));
  // Every page's list (if it has one) loads its next page as the user scrolls to the end. React
  // registers the page's scroll hook in an effect that may not have run yet on a busy machine: a
  // list that still offers more and drew nothing is scrolled again.
  for (let scroll = 0; scroll < 3; scroll++) {
    const drawnBefore = setDataCalls.length;
    await interact('load more', () => instance.onReachBottom?.());
    if (setDataCalls.length > drawnBefore || !offersMore(root)) break;
    await simulate.sleep(100);
  }
  trees.push(wxmlFigures(root));
  page.detach();

  const mine = setDataCalls.slice(before).filter((call) => call.route === route);
  const result: PageFigures = {
    route,
    role,
    maxSetDataBytes: Math.max(0, ...mine.map((call) => call.bytes)),
    firstRenderBytes: mine
      .filter((call) => call.trigger === 'first render')
      .reduce((sum, call) => sum + call.bytes, 0),
    setDataCalls: mine.length,
    nodes: Math.max(...trees.map((tree) => tree.nodes)),
    depth: Math.max(...trees.map((tree) => tree.depth)),
    interactions: [...interactions, 'load more'],
  };
  figures.push(result);

  // The page really drew, and within every budget; a failure names the page and the figure.
  const over = [
    mine.length > 0 && trees[0].nodes > 0 ? '' : `${route} drew nothing`,
    result.maxSetDataBytes <= SETDATA_LIMIT_BYTES
      ? ''
      : `${route}: setData ${result.maxSetDataBytes} B`,
    result.nodes <= WXML_NODE_LIMIT ? '' : `${route}: ${result.nodes} WXML nodes`,
    result.depth < WXML_DEPTH_LIMIT ? '' : `${route}: WXML depth ${result.depth}`,
  ].filter(Boolean);
  expect(over).toEqual([]);
  return gated;
}

const gatedForConsumers: string[] = [];

test('WXML is counted as WeChat counts it: every element node, nesting from the page root', () => {
  const root = document.createElement('main');
  root.innerHTML = '<wx-view><wx-text>a</wx-text><wx-view><wx-text>b</wx-text></wx-view></wx-view>';
  expect(wxmlFigures(root)).toEqual({ nodes: 4, depth: 3 });
});

describe('every weapp page within WeChat’s setData and WXML budgets', () => {
  test.each(ROUTES)('%s, as a signed-in consumer', async (route) => {
    if (await measure(route, 'consumer')) gatedForConsumers.push(route);
  });

  test('the pages only staff may use, as staff signed in through 工作人员登录', async () => {
    expect(gatedForConsumers.length).toBeGreaterThan(10);
    const login = openPage('features/auth/pages/staff-login/index');
    shown = login.dom;
    await drawn();
    const [username, password] = login.querySelectorAll('.staff-login__field .nut-input-native');
    typeInto(username, STAFF_USERNAME, '用户名');
    typeInto(password, NEW_STAFF_PASSWORD, '密码');
    await settle(QUIET);
    await interact('sign in', () => tap(buttonLabelled(login, '登录'), '登录'));
    expect(calls.toasts).toContain('登录成功');
    login.detach();

    for (const route of gatedForConsumers) {
      expect({ route, gated: await measure(route, 'staff') }).toEqual({ route, gated: false });
    }
  });
});
