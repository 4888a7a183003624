import { randomBytes } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { recordFigure } from '../support/figures';
import { createTestApp, type TestApp } from './support/app';
import { complaintBody } from './support/complaints';
import { AUTHZ_TABLE, CALLERS, REFUSED_BEFORE_BODY } from './support/authz-table';
import type { Recipe } from './support/authz/recipe';
import { ADVISORY_RECIPES } from './support/authz/recipes-advisories';
import { BASIC_RECIPES } from './support/authz/recipes-basic';
import { CALENDAR_RECIPES } from './support/authz/recipes-calendar';
import { CAMPAIGN_RECIPES } from './support/authz/recipes-campaigns';
import { COMPLAINT_RECIPES } from './support/authz/recipes-complaints';
import { DISCLOSURE_RECIPES } from './support/authz/recipes-disclosure';
import { FAVORITE_RECIPES } from './support/authz/recipes-favorites';
import { FOLLOW_UP_RECIPES } from './support/authz/recipes-follow-ups';
import { LAW_LIBRARY_RECIPES } from './support/authz/recipes-law-library';
import { LAW_QA_RECIPES } from './support/authz/recipes-law-qa';
import { LAW_SESSION_RECIPES } from './support/authz/recipes-law-sessions';
import { MERCHANT_RECIPES } from './support/authz/recipes-merchants';
import { MESSAGE_RECIPES } from './support/authz/recipes-messages';
import { PRIVACY_RECIPES } from './support/authz/recipes-privacy';
import { REPORT_FILING_RECIPES } from './support/authz/recipes-reports-filing';
import { REPORT_HANDLING_RECIPES } from './support/authz/recipes-reports-handling';
import { TIP_RECIPES } from './support/authz/recipes-tips';
import { checkRow } from './support/authz/run';
import { AuthzWorld } from './support/authz/world';

/**
 * The authorization matrix: every operation of the OpenAPI document × every kind of caller, on
 * objects owned by someone else, held against the table in support/authz-table.ts.
 */
const RECIPES: Record<string, Recipe> = {
  ...BASIC_RECIPES,
  ...CALENDAR_RECIPES,
  ...MERCHANT_RECIPES,
  ...COMPLAINT_RECIPES,
  ...MESSAGE_RECIPES,
  ...PRIVACY_RECIPES,
  ...ADVISORY_RECIPES,
  ...TIP_RECIPES,
  ...FAVORITE_RECIPES,
  ...DISCLOSURE_RECIPES,
  ...FOLLOW_UP_RECIPES,
  ...REPORT_FILING_RECIPES,
  ...REPORT_HANDLING_RECIPES,
  ...CAMPAIGN_RECIPES,
  ...LAW_LIBRARY_RECIPES,
  ...LAW_QA_RECIPES,
  ...LAW_SESSION_RECIPES,
};
const dialect = process.env.TEST_DB_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

let t: TestApp;
let w: AuthzWorld;
let operations: string[] = [];
const covered = { rows: 0, requests: 0, refs: 0, replays: 0, others: new Set<string>() };

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
  const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
    paths: Record<string, Record<string, unknown>>;
  }>();
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
  );
  w = await new AuthzWorld(t).build();
}, 60_000);

afterAll(async () => {
  if (covered.rows > 0) {
    const cells = covered.rows * CALLERS.length;
    recordFigure(
      `authorization matrix (${dialect})`,
      `${covered.rows} operations × ${CALLERS.length} callers = ${cells} cells, ` +
        `${covered.requests.toLocaleString('en')} requests, ` +
        `${covered.others.size} objects owned by others probed, ` +
        `${covered.refs} bodies naming someone else's upload refused, ` +
        `${covered.replays} Idempotency-Keys of someone else's replayed nothing`,
    );
  }
  await t?.close();
});

describe('the table', () => {
  it('has a row for every operation of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(operations.filter((op) => !(op in AUTHZ_TABLE))).toEqual([]);
  });

  it('has no row for an operation that is gone', () => {
    expect(Object.keys(AUTHZ_TABLE).filter((op) => !operations.includes(op))).toEqual([]);
  });

  it('knows how to call every row, and nothing else', () => {
    expect(Object.keys(AUTHZ_TABLE).filter((op) => !(op in RECIPES))).toEqual([]);
    expect(Object.keys(RECIPES).filter((op) => !(op in AUTHZ_TABLE))).toEqual([]);
  });
});

describe('each operation lets each caller do what the table says, and no more', () => {
  it.each(Object.keys(AUTHZ_TABLE))('%s', async (op) => {
    const recipe = RECIPES[op];
    expect(recipe).toBeDefined();
    const result = await checkRow(w, AUTHZ_TABLE[op], recipe);
    covered.rows++;
    covered.requests += result.requests;
    covered.refs += result.refs;
    result.others.forEach((id) => covered.others.add(id));
    expect(result.requests).toBeGreaterThanOrEqual(CALLERS.length);
    expect(result.problems).toEqual([]);
  });
});

describe('a caller refused by the table, sending a large-body operation a broken body', () => {
  // Bodies no parser accepts: a 400 means the server read the body before asking who called.
  const broken = (op: string): Pick<InjectOptions, 'headers' | 'payload'> =>
    op === 'POST /api/v1/uploads'
      ? { headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: '--x\r\nbroken' }
      : { headers: { 'content-type': 'application/json' }, payload: '{"not json' };

  it.each(REFUSED_BEFORE_BODY)('%s: refused before the body is read', async (op) => {
    const [method, url] = op.split(' ');
    const problems: string[] = [];
    for (const caller of CALLERS.filter((c) => AUTHZ_TABLE[op][c] === 'deny')) {
      const who = caller === 'anonymous' ? undefined : w.callers[caller];
      const query = op === 'POST /api/v1/uploads' ? '?purpose=evidence' : '';
      const res = await w.as(who, { method: method as 'POST', url: url + query, ...broken(op) });
      covered.requests++;
      const want = caller === 'anonymous' || caller === 'staffRevoked' ? 401 : 403;
      if (res.statusCode !== want) problems.push(`${caller}: got ${res.statusCode}, want ${want}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('an Idempotency-Key someone else used', () => {
  const creates = (): [string, InjectOptions][] => [
    ['complaint', { method: 'POST', url: '/api/v1/complaints', payload: complaintBody() }],
    [
      'question report',
      {
        method: 'POST',
        url: '/api/v1/quiz/question-reports',
        payload: { questionId: w.others.question, message: '答案有误' },
      },
    ],
    ['paper', { method: 'POST', url: '/api/v1/quiz/papers', payload: {} }],
  ];

  it('replays nothing of theirs: the same key and body create the caller its own', async () => {
    for (const [what, req] of creates()) {
      const headers = { 'idempotency-key': `authz-${randomBytes(6).toString('hex')}` };
      const first = await w.as(w.victim, { ...req, headers });
      expect({ what, status: first.statusCode }).toEqual({ what, status: 201 });
      const theirs = first.json<{ id?: string; paperId?: string }>();
      const again = await w.as(w.callers.consumer, { ...req, headers });
      expect({ what, status: again.statusCode }).toEqual({ what, status: 201 });
      expect(again.headers['idempotent-replay']).toBeUndefined();
      for (const id of [theirs.id, theirs.paperId].filter(Boolean)) {
        expect(again.body).not.toContain(id);
      }
      covered.replays++;
    }
  });
});
