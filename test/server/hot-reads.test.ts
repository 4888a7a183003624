import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import type { Region } from '@api/region';
import { demoRegion } from '../../server/src/db/seed';
import { saveRegion } from '../../server/src/features/region/region-repository';
import { bearer, createTestApp, loginStaff, type TestApp } from './support/app';
import { eventually, secondInstance } from './support/second-instance';

// Issue 18, hot reads: the county profile from memory, with a version any instance can bump.

let t: TestApp;
let staffToken: string;
let staffId: string;
beforeAll(async () => {
  t = await createTestApp();
  const staff = await loginStaff(t);
  staffToken = staff.token;
  staffId = staff.user.id;
});
afterAll(() => t.close());

const getRegion = (app: FastifyInstance, etag?: string) =>
  app.inject({
    method: 'GET',
    url: '/api/v1/region',
    headers: etag ? { 'if-none-match': etag } : {},
  });
const putRegion = (region: Region) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/v1/region',
    headers: bearer(staffToken),
    payload: region,
  });
const versionRow = () =>
  t.db.db
    .selectFrom('cache_versions')
    .select('version')
    .where('name', '=', 'region')
    .executeTakeFirst();

describe('GET /region: ETag and 304', () => {
  it('answers a strong ETag, no-cache, and 304 with no body when the client has it', async () => {
    const first = await getRegion(t.app);
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"region-\d+-[\w-]{16}"$/);
    expect(first.headers['cache-control']).toBe('no-cache');

    const again = await getRegion(t.app, etag);
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect((await getRegion(t.app, `"other", W/${etag}`)).statusCode).toBe(304);
    expect((await getRegion(t.app, '"other"')).statusCode).toBe(200);
  });

  it('compresses once per version: br or gzip as accepted, its own ETag, the same 304', async () => {
    const plain = await getRegion(t.app);
    for (const [accept, encoding, decode] of [
      ['gzip, deflate, br', 'br', brotliDecompressSync],
      ['gzip;q=1, br;q=0', 'gzip', gunzipSync],
    ] as const) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/region',
        headers: { 'accept-encoding': accept },
      });
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(decode(res.rawPayload).toString()).toBe(plain.body);
      const etag = res.headers.etag as string;
      expect(etag).toBe(`${(plain.headers.etag as string).slice(0, -1)}-${encoding}"`);
      const again = await t.app.inject({
        method: 'GET',
        url: '/api/v1/region',
        headers: { 'accept-encoding': accept, 'if-none-match': etag },
      });
      expect(again.statusCode).toBe(304);
      expect(again.headers['content-encoding']).toBeUndefined();
    }
  });

  it('after a change answers 200 with the new profile and a new ETag', async () => {
    const before = await getRegion(t.app);
    const next = { ...demoRegion(), county: '改名县' };
    expect((await putRegion(next)).statusCode).toBe(200);

    const after = await getRegion(t.app, before.headers.etag as string);
    expect(after.statusCode).toBe(200);
    expect(after.json<Region>().county).toBe('改名县');
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('a write that rolls back bumps nothing and changes nothing served', async () => {
    const before = await getRegion(t.app);
    const version = (await versionRow())?.version;
    await expect(
      t.db.db.transaction().execute(async (trx) => {
        await saveRegion(trx, { ...demoRegion(), county: '回滚县' }, staffId, new Date());
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');

    expect((await versionRow())?.version).toBe(version);
    const after = await getRegion(t.app);
    expect(after.json<Region>().county).toBe(before.json<Region>().county);
    expect(after.headers.etag).toBe(before.headers.etag);
  });
});

describe('two instances on one database', () => {
  it('B serves from memory, then shows a change made through A within a second', async () => {
    const b = await secondInstance(t, ['settings']);
    try {
      const warm = await getRegion(b.app);
      expect(warm.statusCode).toBe(200);
      const reads = b.queries.count;
      for (let i = 0; i < 30; i++) expect((await getRegion(b.app)).statusCode).toBe(200);
      expect(b.queries.count).toBe(reads);

      const county = `第${Date.now() % 1000}县`;
      expect((await putRegion({ ...demoRegion(), county })).statusCode).toBe(200);
      const seen = await eventually(
        async () => (await getRegion(b.app)).json<Region>().county === county,
        1000,
      );
      expect(seen).toBe(true);
      expect(b.queries.count).toBeGreaterThan(reads);
    } finally {
      await b.app.close();
    }
  });
});
