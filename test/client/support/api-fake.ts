import Taro from '@tarojs/taro';

type Reply = { statusCode: number; data: unknown } | Error;
type Route = (options: {
  url: string;
  method?: string;
  data?: unknown;
  header?: Record<string, string>;
}) => Reply;

const requestMock = Taro.request as unknown as jest.Mock;

/**
 * Programs Taro.request like a tiny server: each call is routed by "METHOD /path" (the
 * /api/v1 prefix and query string removed). An Error reply simulates a network failure.
 */
export function fakeApi(routes: Record<string, Route | Reply | Reply[]>) {
  const calls: string[] = [];
  requestMock.mockImplementation(async (options: Parameters<Route>[0]) => {
    const path = new URL(options.url, 'http://app.test').pathname.replace(/^\/api\/v1/, '');
    const key = `${options.method ?? 'GET'} ${path}`;
    calls.push(key);
    const route = routes[key];
    if (!route) return { statusCode: 404, data: { code: 'NOT_FOUND', message: '接口不存在' } };
    let reply: Reply;
    if (Array.isArray(route)) reply = route.length > 1 ? route.shift()! : route[0];
    else reply = typeof route === 'function' ? route(options) : route;
    if (reply instanceof Error) throw reply;
    return reply;
  });
  return { calls };
}

export const ok = (data: unknown) => ({ statusCode: 200, data });
export const fail = (statusCode: number, code: string, message: string) => ({
  statusCode,
  data: { code, message },
});
