import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

/**
 * A local stand-in for api.weixin.qq.com, for driving the REAL HTTP client in tests. It speaks
 * just enough of the protocol: tokens, jscode2session, msg_sec_check, subscribe send, wxacode.
 */
export interface FakeWechat {
  url: string;
  appId: string;
  secret: string;
  calls: FakeCall[];
  /** js_code → what jscode2session answers; unknown codes get errcode 40029. */
  codes: Map<string, { openid: string; session_key: string; unionid?: string }>;
  /** Words that make msg_sec_check answer 'risky'. */
  riskyWords: string[];
  /** Invalidate every issued token (the next API call gets errcode 40001). */
  revokeTokens(): void;
  tokenRequests(): number;
  close(): Promise<void>;
}

export const FAKE_PNG = Buffer.from('89504e470d0a1a0a', 'hex');

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

export async function startFakeWechat(
  appId = 'wx_test_appid',
  secret = 'test_app_secret',
): Promise<FakeWechat> {
  const calls: FakeCall[] = [];
  const codes: FakeWechat['codes'] = new Map();
  const riskyWords = ['危险内容'];
  const valid = new Set<string>();
  let issued = 0;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const query = Object.fromEntries(url.searchParams);
    const raw = await readBody(req);
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    calls.push({ method: req.method ?? 'GET', path: url.pathname, query, body });
    // WeChat answers JSON as text/plain: the client must not rely on the content type.
    const json = (payload: object) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(JSON.stringify(payload));
    };
    const needsToken = () => {
      if (valid.has(query.access_token)) return false;
      json({ errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
      return true;
    };

    switch (url.pathname) {
      case '/cgi-bin/token': {
        if (query.appid !== appId || query.secret !== secret) {
          return json({ errcode: 40013, errmsg: 'invalid appid' });
        }
        issued++;
        const token = `token_${issued}`;
        valid.add(token);
        return json({ access_token: token, expires_in: 7200 });
      }
      case '/sns/jscode2session': {
        if (query.appid !== appId || query.secret !== secret) {
          return json({ errcode: 40013, errmsg: 'invalid appid' });
        }
        const hit = codes.get(query.js_code);
        if (!hit) return json({ errcode: 40029, errmsg: 'invalid code' });
        codes.delete(query.js_code); // a code works once, like WeChat's
        return json(hit);
      }
      case '/wxa/msg_sec_check': {
        if (needsToken()) return;
        const content = String((body as { content?: string }).content ?? '');
        const risky = riskyWords.some((w) => content.includes(w));
        return json({
          errcode: 0,
          errmsg: 'ok',
          result: risky ? { suggest: 'risky', label: 20001 } : { suggest: 'pass', label: 100 },
        });
      }
      case '/cgi-bin/message/subscribe/send':
        if (needsToken()) return;
        return json({ errcode: 0, errmsg: 'ok' });
      case '/wxa/getwxacodeunlimit':
        if (needsToken()) return;
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(FAKE_PNG);
      default:
        res.writeHead(404);
        return res.end();
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    appId,
    secret,
    calls,
    codes,
    riskyWords,
    revokeTokens: () => valid.clear(),
    tokenRequests: () => calls.filter((c) => c.path === '/cgi-bin/token').length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
