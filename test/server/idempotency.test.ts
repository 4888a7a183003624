import { bearer, createTestApp, loginConsumer, type TestApp } from './support/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/event/visits', payload, headers });

const countVisits = async (source: string) =>
  (await t.db.db.selectFrom('visits').select('id').where('source', '=', source).execute()).length;

describe('Idempotency-Key on POST /api/v1/event/visits', () => {
  it('same key and same body → the first answer replayed, one row', async () => {
    const key = { 'idempotency-key': 'k-same-1' };
    const first = await post({ source: 'idem-a', channel: 'weapp' }, key);
    // Same content, keys in another order: still the same request.
    const second = await post({ channel: 'weapp', source: 'idem-a' }, key);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(second.headers['idempotent-replay']).toBe('true');
    expect(first.headers['idempotent-replay']).toBeUndefined();
    expect(await countVisits('idem-a')).toBe(1);
  });

  it('same key with another body → 409 IDEMPOTENCY_KEY_REUSED, nothing written', async () => {
    const key = { 'idempotency-key': 'k-reuse-1' };
    expect((await post({ source: 'idem-b', channel: 'weapp' }, key)).statusCode).toBe(201);
    const res = await post({ source: 'idem-b2', channel: 'weapp' }, key);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: '该请求标识已用于其他内容',
    });
    expect(await countVisits('idem-b2')).toBe(0);
  });

  it('without a key every request creates a row', async () => {
    await post({ source: 'idem-c', channel: 'h5' });
    await post({ source: 'idem-c', channel: 'h5' });
    expect(await countVisits('idem-c')).toBe(2);
  });

  it('keys are per caller: another user with the same key gets its own answer', async () => {
    const alice = await loginConsumer(t.app);
    const bob = await loginConsumer(t.app);
    const key = 'k-shared-1';
    const a = await post(
      { source: 'idem-d', channel: 'weapp' },
      { ...bearer(alice.token), 'idempotency-key': key },
    );
    const b = await post(
      { source: 'idem-d', channel: 'weapp' },
      { ...bearer(bob.token), 'idempotency-key': key },
    );
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().id).not.toBe(a.json().id);
    expect(b.headers['idempotent-replay']).toBeUndefined();
    expect(await countVisits('idem-d')).toBe(2);
  });

  it('a request that failed validation does not burn the key', async () => {
    const key = { 'idempotency-key': 'k-after-400' };
    expect((await post({ source: 'idem-e', channel: 'tv' }, key)).statusCode).toBe(400);
    expect((await post({ source: 'idem-e', channel: 'h5' }, key)).statusCode).toBe(201);
    expect(await countVisits('idem-e')).toBe(1);
  });

  it('a key older than 24 hours is forgotten', async () => {
    await t.db.db
      .insertInto('idempotency_keys')
      .values({
        scope: 'anonymous',
        key: 'k-old-1',
        method_path: 'POST /api/v1/event/visits',
        body_hash: 'something-else',
        resource_id: '01OLD',
        created_at: new Date(Date.now() - 25 * 3600_000).toISOString(),
      })
      .execute();
    const res = await post({ source: 'idem-h', channel: 'h5' }, { 'idempotency-key': 'k-old-1' });
    expect(res.statusCode).toBe(201);
    expect(res.json().id).not.toBe('01OLD');
  });

  it('rejects a key longer than 128 characters', async () => {
    const res = await post(
      { source: 'idem-f', channel: 'h5' },
      { 'idempotency-key': 'k'.repeat(129) },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('IDEMPOTENCY_KEY_INVALID');
    expect(await countVisits('idem-f')).toBe(0);
  });

  it('concurrent duplicates make one row; every one answers with it', async () => {
    const key = { 'idempotency-key': 'k-race-1' };
    const results = await Promise.all(
      Array.from({ length: 8 }, () => post({ source: 'idem-g', channel: 'weapp' }, key)),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    const ids = new Set(results.map((r) => r.json().id));
    expect(ids.size).toBe(1);
    expect(await countVisits('idem-g')).toBe(1);

    const stored = await t.db.db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('key', '=', 'k-race-1')
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0].resource_id).toBe([...ids][0]);
  });
});
