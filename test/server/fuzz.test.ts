/**
 * Fuzz of every operation in the served OpenAPI document (a new route is covered without
 * editing this file), as every kind of caller, against a real seeded database: no answer may be
 * a 5xx, and every error must be exactly `{ code, message, fields? }` with a Chinese message.
 * The generator lives in support/fuzz/ and bench/fuzz.ts runs it 20× longer on a real server.
 */
import type { Session } from '@api/auth';
import { recordFigure } from '../support/figures';
import { createTestApp, loginStaff, type TestApp, TEST_JWT_SECRET } from './support/app';
import type { FuzzRequest } from './support/fuzz/cases';
import { problemWith } from './support/fuzz/check';
import { operationsOf, type Operation } from './support/fuzz/openapi';
import {
  describeFailure,
  runFuzz,
  TEST_CASES_PER_OPERATION,
  type FuzzReport,
} from './support/fuzz/run';
import { buildWorld, type Send, type World } from './support/fuzz/world';

/** 68 operations × 40 cases ≈ 2,700 requests (under a minute on either database). */
const CASES_PER_OPERATION = TEST_CASES_PER_OPERATION;
const SEED = 20260315;
const dialect = process.env.TEST_DB_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

let t: TestApp;
let operations: Operation[];
let report: FuzzReport;
let world: World;

const send =
  (app: TestApp['app']): Send =>
  async (req: FuzzRequest) => {
    const res = await app.inject({
      method: req.method as 'GET',
      url: req.url,
      headers: req.headers,
      payload: req.body,
    });
    return {
      status: res.statusCode,
      contentType: String(res.headers['content-type'] ?? ''),
      body: res.body,
    };
  };

const CANARY = '/api/v1/__fuzz';
let canaries: Operation[];

beforeAll(async () => {
  t = await createTestApp();
  // Two broken routes, to prove the fuzz finds what it looks for; the main run leaves them out.
  t.app.post(
    `${CANARY}/throws`,
    { schema: { body: { type: 'object', properties: { name: { type: 'string' } } } } },
    async () => {
      throw new Error('canary');
    },
  );
  t.app.get(`${CANARY}/english`, async (_req, reply) =>
    reply.status(418).send({ error: 'teapot' }),
  );
  const doc = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  const all = operationsOf(doc.json());
  operations = all.filter((o) => !o.path.startsWith(CANARY));
  canaries = all.filter((o) => o.path.startsWith(CANARY));
  const staff: Session = await loginStaff(t, 'staff');
  const admin: Session = await loginStaff(t, 'admin');
  world = await buildWorld({
    send: send(t.app),
    operations,
    staff,
    admin,
    jwtSecret: TEST_JWT_SECRET,
    tag: 'test',
  });
  report = await runFuzz({
    send: send(t.app),
    operations,
    world,
    casesPerOperation: CASES_PER_OPERATION,
    seed: SEED,
    concurrency: 4,
  });
  recordFigure(
    `fuzz (${dialect})`,
    `${report.requests.toLocaleString('en')} requests over ${report.operations} operations × ${report.callers} callers, ${report.fiveXx} 5xx, ${report.failures.length} contract breaks`,
  );
}, 240_000);
afterAll(() => t?.close());

describe('fuzz of every operation in the OpenAPI document', () => {
  it('reads the operations from the served document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(59);
    expect(operations.map((o) => o.id)).toContain('POST /api/v1/complaints');
    expect(operations.map((o) => o.id)).toContain('POST /api/v1/privacy/consent');
    expect(operations.map((o) => o.id)).toContain('POST /api/v1/advisories/{id}/transitions');
  });

  it('sends every operation as every kind of caller', () => {
    expect(report.operations).toBe(operations.length);
    expect(report.requests).toBe(operations.length * CASES_PER_OPERATION);
    expect(report.pairs).toBe(operations.length * report.callers);
  });

  it('never answers 5xx, and every error is { code, message, fields? } in Chinese', () => {
    const lines = report.failures.slice(0, 25).map(describeFailure);
    expect({ failingOperations: report.failingOperations, first: lines }).toEqual({
      failingOperations: {},
      first: [],
    });
    expect(report.fiveXx).toBe(0);
  });

  it('finds a route that answers 500 and one that answers outside the error shape', async () => {
    expect(canaries.map((o) => o.id).sort()).toEqual([
      `GET ${CANARY}/english`,
      `POST ${CANARY}/throws`,
    ]);
    const caught = await runFuzz({
      send: send(t.app),
      operations: canaries,
      world,
      casesPerOperation: 16,
      seed: SEED,
      concurrency: 1,
    });
    expect(caught.fiveXx).toBeGreaterThan(0);
    expect(Object.keys(caught.failingOperations).sort()).toEqual(canaries.map((o) => o.id).sort());
    const problems = new Set(caught.failures.map((f) => f.problem));
    expect(problems).toEqual(new Set(['status 500', 'error body has extra keys error']));
  });

  const json = 'application/json; charset=utf-8';
  it.each([
    ['an image', { status: 200, contentType: 'image/png', body: '' }, undefined],
    [
      'a good error',
      { status: 404, contentType: json, body: '{"code":"NOT_FOUND","message":"接口不存在"}' },
      undefined,
    ],
    [
      'a 5xx',
      { status: 503, contentType: json, body: '{"code":"X","message":"稍后"}' },
      'status 503',
    ],
    [
      'an HTML error',
      { status: 400, contentType: 'text/html', body: '<h1>' },
      'error with content-type text/html',
    ],
    [
      'an English message',
      { status: 400, contentType: json, body: '{"code":"BAD","message":"Bad"}' },
      'error message is not Chinese',
    ],
    [
      'no code',
      { status: 400, contentType: json, body: '{"message":"错误"}' },
      'error code is not a CODE',
    ],
    [
      'a numeric field message',
      { status: 400, contentType: json, body: '{"code":"BAD","message":"错","fields":{"a":1}}' },
      'a field message is not text',
    ],
    ['an array', { status: 400, contentType: json, body: '[]' }, 'error body is not an object'],
  ])('the check judges %s', (_label, res, problem) => {
    expect(problemWith(res)).toBe(problem);
  });
});
