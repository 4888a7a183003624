/**
 * Requests Node's HTTP parser refuses never reach inject(): these go over a real TCP socket, as
 * raw bytes, and every answer must still be a well-formed HTTP response in the API's error shape.
 */
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from './support/app';

let t: TestApp;
let port: number;

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t.close());

interface RawResponse {
  status: number;
  reason: string;
  headers: Record<string, string>;
  body: string;
}

/** Send raw bytes, read until the server closes the connection, parse every response in it. */
function exchange(raw: string | Buffer): Promise<{ responses: RawResponse[]; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no close within 5 s; got: ${Buffer.concat(chunks).toString()}`));
    }, 5000);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => {}); // a reset after the answer is fine; the bytes are checked
    socket.on('close', () => {
      clearTimeout(timer);
      const bytes = Buffer.concat(chunks);
      resolve({ responses: parseResponses(bytes), bytes });
    });
    socket.write(raw);
  });
}

function parseResponses(bytes: Buffer): RawResponse[] {
  const out: RawResponse[] = [];
  let rest = bytes;
  while (rest.length) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) throw new Error(`truncated head: ${rest.toString()}`);
    const [statusLine, ...lines] = rest.subarray(0, end).toString('latin1').split('\r\n');
    const m = /^HTTP\/1\.1 (\d{3}) (.+)$/.exec(statusLine);
    if (!m) throw new Error(`bad status line: ${statusLine}`);
    const headers = Object.fromEntries(
      lines.map((l) => {
        const i = l.indexOf(':');
        return [l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim()];
      }),
    );
    const length = Number(headers['content-length']);
    if (!Number.isInteger(length)) throw new Error(`no content-length in ${statusLine}`);
    const body = rest.subarray(end + 4, end + 4 + length);
    if (body.length !== length) throw new Error(`body shorter than content-length`);
    out.push({ status: Number(m[1]), reason: m[2], headers, body: body.toString('utf8') });
    rest = rest.subarray(end + 4 + length);
  }
  return out;
}

/** Exactly one response, in the API's error shape with a Chinese message. */
async function expectApiError(raw: string | Buffer, status: number, code: string) {
  const { responses } = await exchange(raw);
  expect(responses).toHaveLength(1);
  const [res] = responses;
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(res.body) as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['code', 'message']);
  expect(body.code).toBe(code);
  expect(body.message).toMatch(/[\u4e00-\u9fa5]/);
  return { res, body };
}

describe('requests refused by the HTTP parser answer in the API error shape', () => {
  it('a well-formed request over the same path still works', async () => {
    const { responses } = await exchange(
      'GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    );
    expect(responses.map((r) => r.status)).toEqual([200]);
    expect(JSON.parse(responses[0].body).status).toBe('ok');
  });

  it.each([
    ['a garbage request line', 'GARBAGE\r\n\r\n'],
    ['a method with bad characters', 'G(T /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a bad HTTP version', 'GET /api/v1/health HTTP/9.x\r\nHost: x\r\n\r\n'],
    ['a header name with a space', 'GET /api/v1/health HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n'],
    ['a header value with a NUL', 'GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-A: a\0b\r\n\r\n'],
    [
      'both Content-Length and Transfer-Encoding',
      'POST /api/v1/event/visits HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    ],
    [
      'a non-numeric Content-Length',
      'POST /api/v1/event/visits HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
    ],
    [
      'a bad chunk size',
      'POST /api/v1/event/visits HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n',
    ],
    ['TLS bytes on the plain port', Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00])],
  ])('%s → 400 BAD_REQUEST', async (_name, raw) => {
    const { res, body } = await expectApiError(raw, 400, 'BAD_REQUEST');
    expect(res.reason).toBe('Bad Request');
    expect(res.headers.connection).toBe('close');
    expect(body.message).toBe('请求格式不正确');
  });

  it('headers over the size limit → 431 with a byte-exact Content-Length', async () => {
    const { res, body } = await expectApiError(
      `GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
      'HEADERS_TOO_LARGE',
    );
    expect(body.message).toBe('请求头过大');
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
  });

  it('an HTTP/1.1 request without Host → 400 in the API shape', async () => {
    const { body } = await expectApiError(
      'GET /api/v1/health HTTP/1.1\r\nConnection: close\r\n\r\n',
      400,
      'BAD_REQUEST',
    );
    expect(body.message).toBe('请求缺少 Host 头');
  });

  it('an HTTP/1.0 request needs no Host', async () => {
    const { bytes } = await exchange('GET /api/v1/health HTTP/1.0\r\n\r\n');
    expect(bytes.toString()).toMatch(/^HTTP\/1\.[01] 200 /);
  });

  it('an Expect other than 100-continue → 417 in the API shape', async () => {
    const { body } = await expectApiError(
      'GET /api/v1/health HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nConnection: close\r\n\r\n',
      417,
      'EXPECTATION_FAILED',
    );
    expect(body.message).toMatch(/Expect/);
  });

  it('a bad request pipelined after a good one: the good answer first, whole', async () => {
    const { responses } = await exchange(
      'GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\nGARBAGE\r\n\r\n',
    );
    expect(responses.map((r) => r.status)).toEqual([200, 400]);
    expect(JSON.parse(responses[0].body).status).toBe('ok');
    expect(JSON.parse(responses[1].body).code).toBe('BAD_REQUEST');
  });
});
