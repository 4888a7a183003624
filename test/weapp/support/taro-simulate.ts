/**
 * Runs pages of the real weapp production build (dist/weapp) in miniprogram-simulate.
 *
 * WeChat's Page() is not available there, so a short shim turns each Taro page definition into
 * a Component() whose `attached` lifetime plays onLoad/onShow. App() is captured so getApp()
 * works, storage lives in memory, and wx.request performs real HTTP (to the test's server).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import simulate from 'miniprogram-simulate';

export const WEAPP_ROOT = path.resolve(__dirname, '../../../dist/weapp');

type Options = Record<string, unknown>;
type Instance = Options & { route?: string; setData: (data: Options) => void };

interface WxRequest {
  url: string;
  method?: string;
  data?: unknown;
  header?: Record<string, string>;
  success?: (res: { statusCode: number; data: unknown; header: Record<string, string> }) => void;
  fail?: (err: { errMsg: string }) => void;
  complete?: () => void;
}

const storage = new Map<string, unknown>();
const pages: Instance[] = [];
let app: Options | undefined;
let loadingRoute = '';
let apiOrigin = '';
export const calls = {
  makePhoneCall: [] as string[],
  navigateTo: [] as string[],
  toasts: [] as string[],
};

let requestsInFlight = 0;
let lastActivity = Date.now();

let setDataSinceTrigger = 0;

/**
 * Waits until the app is quiet: no request in flight and no setData for `quietMs`, i.e. the page
 * has drawn what its answers hold. A first render waits for its first setData too (loading a
 * page's script takes longer than any quiet spell). Gives up after `timeoutMs`.
 */
export async function settle({ quietMs = 80, timeoutMs = 5000 } = {}) {
  const started = Date.now();
  const drawn = () => trigger !== 'first render' || setDataSinceTrigger > 0;
  while (!drawn() || requestsInFlight > 0 || Date.now() - lastActivity < quietMs) {
    if (Date.now() - started > timeoutMs) return;
    await simulate.sleep(10);
  }
}

function request(options: WxRequest) {
  requestsInFlight += 1;
  lastActivity = Date.now();
  const done = () => {
    requestsInFlight -= 1;
    lastActivity = Date.now();
  };
  const target = new URL(options.url);
  const url = apiOrigin ? new URL(target.pathname + target.search, apiOrigin) : target;
  const body =
    options.data === undefined || options.method === 'GET'
      ? undefined
      : JSON.stringify(options.data);
  const req = http.request(
    url,
    {
      method: options.method ?? 'GET',
      headers: {
        ...options.header,
        ...(body ? { 'content-length': Buffer.byteLength(body) } : {}),
      },
    },
    (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let data: unknown = text;
        try {
          data = JSON.parse(text);
        } catch {
          // not JSON: leave as text, as wx.request does
        }
        done();
        options.success?.({
          statusCode: res.statusCode ?? 0,
          data,
          header: res.headers as Record<string, string>,
        });
        options.complete?.();
      });
    },
  );
  req.on('error', (error) => {
    done();
    options.fail?.({ errMsg: `request:fail ${error.message}` });
    options.complete?.();
  });
  if (body) req.write(body);
  req.end();
  return {
    abort: () => req.destroy(),
    onHeadersReceived: () => undefined,
    offHeadersReceived: () => undefined,
  };
}

const asyncOk =
  (record?: (options: Options) => void) =>
  (options: Options & { success?: (res: unknown) => void; complete?: () => void } = {}) => {
    record?.(options);
    options.success?.({ errMsg: 'ok' });
    options.complete?.();
  };

let loadingQuery: Options = {};

/** One setData a page made: its route, the payload's size as WeChat measures it, and why. */
export interface SetDataCall {
  route: string;
  bytes: number;
  trigger: string;
}
/** Every page setData since the app started, in order (read by the runtime-budget tests). */
export const setDataCalls: SetDataCall[] = [];
let trigger = 'first render';

/** Names what the following setData calls answer, e.g. an interaction ('search', 'load more'). */
export function setTrigger(name: string) {
  trigger = name;
  setDataSinceTrigger = 0;
  lastActivity = Date.now();
}

// WeChat sends setData's payload to the view layer as JSON; its audit limits that string's size.
function recordSetData(instance: Instance, route: string) {
  const setData = instance.setData.bind(instance);
  instance.setData = (data: Options, ...rest: unknown[]) => {
    const bytes = Buffer.byteLength(JSON.stringify(data));
    setDataCalls.push({ route, bytes, trigger });
    if (route === loadingRoute) setDataSinceTrigger += 1; // not a page closing behind it
    lastActivity = Date.now();
    (setData as (data: Options, ...rest: unknown[]) => void)(data, ...rest);
  };
}

function pageToComponent(route: string, query: Options, definition: Options) {
  const { data, ...rest } = definition;
  const methods: Options = {};
  for (const [key, value] of Object.entries(rest))
    if (typeof value === 'function') methods[key] = value;
  return {
    data,
    methods,
    lifetimes: {
      attached(this: Instance) {
        this.route = route;
        recordSetData(this, route);
        pages.push(this);
        (this.onLoad as (query: Options) => void)?.call(this, query);
        (this.onShow as () => void)?.call(this);
      },
      ready(this: Instance) {
        (this.onReady as () => void)?.call(this);
      },
      detached(this: Instance) {
        (this.onUnload as () => void)?.call(this);
      },
    },
  };
}

/**
 * miniprogram-simulate runs a page's script with require() and then deletes it from require.cache
 * so the next load runs it again; Jest's module registry ignores that delete, so a second load of
 * the same page (or of `comp`) would register nothing. The first run's Page()/Component()
 * definition is kept per file and registered again on later loads.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- internal module, no typings
const simulateUtils = require('miniprogram-simulate/src/utils') as {
  runJs: (file: string) => void;
};
const runScript = simulateUtils.runJs;
const registrations = new Map<string, () => void>();
simulateUtils.runJs = (file: string) => {
  const registerAgain = registrations.get(file);
  if (registerAgain) return registerAgain();
  const g = globalThis as unknown as Record<string, (definition: Options) => void>;
  const [page, component] = [g.Page, g.Component];
  let register: (() => void) | undefined;
  g.Page = (definition) => {
    register = () => g.Page(definition); // the route and query of the load at hand
    page(definition);
  };
  g.Component = (definition) => {
    register ??= () => g.Component(definition);
    component(definition);
  };
  try {
    runScript(file);
  } finally {
    [g.Page, g.Component] = [page, component];
  }
  if (register) registrations.set(file, register);
};

/** Installs the globals WeChat would provide, pointing wx.request at `origin`. */
export function installWeapp(origin: string) {
  apiOrigin = origin;
  const g = globalThis as unknown as Record<string, unknown>;
  const wx = g.wx as Record<string, unknown>;
  Object.assign(wx, {
    request,
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    makePhoneCall: asyncOk((o) => calls.makePhoneCall.push(String(o.phoneNumber))),
    navigateTo: asyncOk((o) => calls.navigateTo.push(String(o.url))),
    switchTab: asyncOk((o) => calls.navigateTo.push(String(o.url))),
    redirectTo: asyncOk((o) => calls.navigateTo.push(String(o.url))),
    showToast: asyncOk((o) => calls.toasts.push(String(o.title))),
    stopPullDownRefresh: asyncOk(),
  });
  g.App = (definition: Options) => {
    app = definition;
  };
  g.getApp = () => app;
  g.getCurrentPages = () => pages;
  g.Page = (definition: Options) =>
    (g.Component as (options: Options) => void)(
      pageToComponent(loadingRoute, loadingQuery, definition),
    );

  // app.js pulls in the runtime chunks and registers the app, as WeChat does before any page.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- run the build's own file
  require(path.join(WEAPP_ROOT, 'app.js'));
  (app?.onLaunch as ((options: Options) => void) | undefined)?.call(app, {
    path: 'pages/index/index',
    query: {},
    scene: 1001,
  });
  (app?.onShow as ((options: Options) => void) | undefined)?.call(app, {
    path: 'pages/index/index',
    query: {},
    scene: 1001,
  });
}

/** Loads and attaches one page of the build, e.g. 'pages/index/index', with its query. */
export function openPage(route: string, query: Record<string, string> = {}) {
  const pagePath = path.join(WEAPP_ROOT, route);
  if (!fs.existsSync(`${pagePath}.js`))
    throw new Error(`${route} is not in the weapp build; run npm run build:weapp`);
  loadingRoute = route;
  loadingQuery = query;
  trigger = 'first render';
  setDataSinceTrigger = 0;
  lastActivity = Date.now();
  const id = simulate.load(pagePath, { rootPath: WEAPP_ROOT });
  const page = simulate.render(id);
  page.attach(document.createElement('parent-wrapper'));
  return page;
}

/** Waits until the page's text contains `text` (React renders and setData are asynchronous). */
export async function waitForText(page: { dom?: HTMLElement }, text: string, timeoutMs = 5000) {
  const started = Date.now();
  while (!page.dom?.textContent?.includes(text)) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `"${text}" did not appear; the page shows: ${page.dom?.textContent?.slice(0, 400)}`,
      );
    }
    await simulate.sleep(20);
  }
}

export { simulate };

/** Writes a value as the app's storage would hold it (Taro stores JSON strings here). */
export function setStorage(key: string, value: unknown) {
  storage.set(key, JSON.stringify(value));
}
