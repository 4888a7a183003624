/**
 * Personal-data scan (issue 10): plant distinctive personal data through every route that takes
 * some (complaints, their facts and notes, merchant contacts, a model-unit note), each write with
 * an Idempotency-Key; then read every GET of the OpenAPI document as merchants, another consumer
 * and anonymous callers, and read the database and the log without the server, and find none of
 * it unmasked anywhere but where it belongs.
 */
import { Writable } from 'node:stream';
import type { ComplaintDetail } from '@api/complaints';
import type { PrivacyConsentState } from '@api/privacy';
import { PRIVACY_VERSIONS } from '@/domain/privacy';
import { recordFigure } from '../support/figures';
import { bearer, createTestApp, type TestApp } from './support/app';
import { dumpDatabase, readAllFiles } from './support/pii/at-rest';
import {
  COMPLAINANT,
  findNeedles,
  NEEDLES,
  READER_AGENT_LABEL,
  REPORTER,
  REPORTER_LABELS,
  secretsFor,
  TIP_AUTHOR_LABELS,
  TIP_AUTHOR_NICKNAME,
  type Needle,
} from './support/pii/needles';
import { readableUrls } from './support/pii/openapi-reads';
import { buildWorld, type Caller, type World } from './support/pii/world';

const dialect = process.env.TEST_DB_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
const SUITE = `personal-data scan (${dialect})`;
const MAX_PAGES = 20;

let t: TestApp;
let world: World;
let log = '';
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    log += chunk.toString('utf8');
    done();
  },
});

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false', LOG_LEVEL: 'info' }, logStream });
  world = await buildWorld(t);
}, 60_000);
afterAll(() => t.close());

const n = (x: number) => x.toLocaleString('en-US');
const describeHits = (where: string, needles: readonly Needle[], text: string) =>
  findNeedles(text, needles).map((h) => `${where}: ${h.label} "${h.text}"`);

/** What a client sees: JSON re-serialised (so \u escapes cannot hide a string), else the bytes. */
function visibleText(body: string, contentType: string | undefined): string {
  if (!contentType?.includes('json')) return body;
  try {
    return JSON.stringify(JSON.parse(body));
  } catch {
    return body;
  }
}

const withCursor = (url: string, cursor: string) => {
  const u = new URL(url, 'http://x');
  u.searchParams.set('cursor', cursor);
  return `${u.pathname}${u.search}`;
};

describe('personal-data scan', () => {
  it('planted the data for real: staff, who handle it, read every complaint needle back', async () => {
    expect(world.writes.every((w) => w.status >= 200 && w.status < 300)).toBe(true);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/complaints/${world.complaintId}`,
      headers: bearer(world.staff.token),
    });
    expect(res.statusCode).toBe(200);
    const found = new Set(findNeedles(res.body, NEEDLES).map((h) => h.label));
    const expected = NEEDLES.filter(
      // Not in the complaint: the tip's author name and the agent of the phone that read a 警示.
      (x) =>
        x.owner === 'complainant' &&
        !TIP_AUTHOR_LABELS.includes(x.label) &&
        !REPORTER_LABELS.includes(x.label) &&
        x.label !== READER_AGENT_LABEL,
    ).map((x) => x.label);
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it('a real-name 举报: staff read the reporter back on its own route only (第三十三条)', async () => {
    const reporter = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/${world.reportId}/reporter`,
      headers: bearer(world.staff.token),
    });
    expect(reporter.json()).toEqual({ kind: 'real-name', ...REPORTER });
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/${world.reportId}/manage`,
      headers: bearer(world.staff.token),
    });
    expect(detail.statusCode).toBe(200);
    expect(findNeedles(detail.body, NEEDLES)).toEqual([]);
  });

  it('a published 消费小贴士 names its author masked (the scan below is not vacuous)', async () => {
    const tip = await t.app.inject({ method: 'GET', url: `/api/v1/tips/${world.tipId}` });
    expect(tip.statusCode).toBe(200);
    expect(tip.json<{ authorName: string }>().authorName).toBe(
      `${TIP_AUTHOR_NICKNAME[0]}${'*'.repeat(TIP_AUTHOR_NICKNAME.length - 1)}`,
    );
  });

  it('no GET of the OpenAPI document shows it to merchants, another consumer or anonymous', async () => {
    const { operations, urls } = await readableUrls(t.app, world.knownIds);
    const callers: Caller[] = ['anonymous', 'otherConsumer', 'merchant', 'otherMerchant'];
    const leaks: string[] = [];
    let responses = 0;
    let ok = 0;
    let bytes = 0;
    let merchantView = '';
    // What their own writes answered (the merchant's reply answers with the detail) counts too.
    for (const w of world.writes.filter((x) => (callers as string[]).includes(x.by))) {
      responses += 1;
      bytes += Buffer.byteLength(w.body);
      leaks.push(
        ...describeHits(`${w.by} ${w.what} (${w.status})`, secretsFor(w.by as Caller), w.body),
      );
    }
    for (const caller of callers) {
      const headers = caller === 'anonymous' ? {} : bearer(world.tokens[caller]);
      const secrets = secretsFor(caller);
      for (const first of urls) {
        let url: string | undefined = first;
        for (let page = 0; url !== undefined && page < MAX_PAGES; page++) {
          const res = await t.app.inject({ method: 'GET', url, headers });
          responses += 1;
          if (res.statusCode === 200) ok += 1;
          const text = visibleText(res.body, res.headers['content-type'] as string | undefined);
          bytes += Buffer.byteLength(text);
          leaks.push(...describeHits(`${caller} GET ${url} (${res.statusCode})`, secrets, text));
          if (caller === 'merchant' && url === `/api/v1/complaints/${world.complaintId}`) {
            merchantView = text;
          }
          const next = nextCursorOf(text);
          url = next === null ? undefined : withCursor(url, next);
        }
      }
    }
    recordFigure(
      SUITE,
      `${n(responses)} responses (${n(ok)} 200) read over ${operations} GET operations × ${callers.length} callers, ${n(bytes)} bytes, ${NEEDLES.length} strings checked, ${leaks.length} unmasked`,
    );
    // The merchant complained about does read the complaint, masked: the scan is not vacuous.
    const detail = JSON.parse(merchantView) as ComplaintDetail;
    expect(detail.complainant.phone).toBe('139****4816');
    expect(detail.complainant.name).toBe('欧阳***');
    expect(detail.complainant.address).toBe(`${COMPLAINANT.address.slice(0, 6)}****`);
    expect(leaks).toEqual([]);
    // Every readable URL × four callers: about 10 s alone, three times that on two busy cores.
  }, 120_000);

  it('the database keeps structured personal data encrypted and free text only where typed', async () => {
    const dump = await dumpDatabase(t.db);
    const leaks: string[] = [];
    let typed = 0;
    for (const cell of dump.cells) {
      for (const hit of findNeedles(cell.text, NEEDLES)) {
        const needle = NEEDLES.find((x) => x.label === hit.label) as Needle;
        const allowed =
          needle.atRest !== 'encrypted' && needle.atRest.columns.includes(cell.column);
        if (allowed) typed += 1;
        else leaks.push(`${cell.column}: ${hit.label} "${hit.text}"`);
      }
    }
    const encrypted = NEEDLES.filter((x) => x.atRest === 'encrypted');
    let files = 0;
    let fileBytes = 0;
    if (dialect === 'sqlite') {
      // The database, its -wal (what is not checkpointed yet) and -shm, uploads: raw bytes.
      for (const { file, bytes } of readAllFiles(t.dir)) {
        files += 1;
        fileBytes += bytes.length;
        for (const needle of encrypted) {
          if (bytes.includes(Buffer.from(needle.text, 'utf8'))) {
            leaks.push(`${file.slice(t.dir.length)}: ${needle.label} "${needle.text}"`);
          }
        }
      }
    }
    recordFigure(
      SUITE,
      `database: ${n(dump.rows)} rows in ${dump.tables} tables, ${n(dump.bytes)} bytes of values` +
        (dialect === 'sqlite' ? `; ${files} files under DATA_DIR, ${n(fileBytes)} bytes` : '') +
        `; ${NEEDLES.length} strings checked, ${leaks.length} in plaintext where they must not be`,
    );
    // The free text is where it was typed: the dump does read the rows that matter.
    expect(typed).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
  });

  it("one person's 隐私政策 agreement is theirs alone: nobody else reads it", async () => {
    const body = {
      privacyVersion: PRIVACY_VERSIONS.privacy,
      termsVersion: PRIVACY_VERSIONS.terms,
      channel: 'weapp',
    };
    const agreed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/privacy/consent',
      headers: bearer(world.tokens.complainant),
      payload: body,
    });
    expect(agreed.statusCode).toBe(200);
    const { agreedAt } = agreed.json<PrivacyConsentState>().agreed ?? { agreedAt: '' };
    expect(agreedAt).not.toBe('');
    for (const caller of ['otherConsumer', 'merchant', 'otherMerchant'] as const) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/privacy/consent',
        headers: bearer(world.tokens[caller]),
      });
      expect({ caller, status: res.statusCode, leaks: res.body.includes(agreedAt) }).toEqual({
        caller,
        status: 200,
        leaks: false,
      });
    }
  });

  it('the log (level info) holds none of it', () => {
    // Request lines at least: the stream is the server's log.
    expect(log).toContain('"reqId"');
    const leaks = describeHits('log', NEEDLES, log);
    recordFigure(
      SUITE,
      `log: ${n(Buffer.byteLength(log))} bytes at level info, ${leaks.length} hits`,
    );
    expect(leaks).toEqual([]);
  });
});

function nextCursorOf(text: string): string | null {
  try {
    const body = JSON.parse(text) as { nextCursor?: unknown };
    return typeof body.nextCursor === 'string' ? body.nextCursor : null;
  } catch {
    return null;
  }
}
