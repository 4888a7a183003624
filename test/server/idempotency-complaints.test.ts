import type { ComplaintCreated, ComplaintDetail } from '@api/complaints';
import type { AppDeps } from '../../server/src/deps';
import { createComplaint } from '../../server/src/features/complaints/complaints-service';
import { createPersonalDataCipher } from '../../server/src/crypto/personal-data';
import { canonicalJson } from '../../server/src/plugins/idempotency';
import { createHash } from 'node:crypto';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { complaintBody, transition } from './support/complaints';

/**
 * Idempotency-Key on the complaint routes (issue 10): the key is recorded with the complaint in
 * one transaction, the store keeps only the complaint's id (no personal data), and a retry after
 * a crash between commit and answer replays instead of filing a second complaint.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const file = (token: string, key: string, body = complaintBody()) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/complaints',
    headers: { ...bearer(token), 'idempotency-key': key },
    payload: body,
  });

const complaintsOf = async (userId: string) =>
  t.db.db.selectFrom('complaints').select('id').where('complainant_user_id', '=', userId).execute();

it('the store keeps the key and the complaint id, nothing personal', async () => {
  const consumer = await loginConsumer(t.app);
  const body = complaintBody({
    complainant: { name: '欧阳存储', phone: '13900001111', address: '青山县存储路77号' },
    facts: '我的电话13900001111，住青山县存储路77号，购买的电饭煲无法加热。',
  });
  const res = await file(consumer.token, 'k-store-1', body);
  expect(res.statusCode).toBe(201);
  const rows = await t.db.db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('scope', '=', consumer.user.id)
    .execute();
  expect(rows).toHaveLength(1);
  expect(rows[0].resource_id).toBe(res.json<ComplaintCreated>().id);
  const stored = JSON.stringify(rows);
  for (const secret of ['欧阳存储', '13900001111', '存储路77号']) {
    expect(stored).not.toContain(secret);
  }
});

it('a complaint that committed without its answer being sent is replayed, not filed again', async () => {
  const consumer = await loginConsumer(t.app);
  const body = complaintBody();
  const key = 'k-crash-after-commit';
  // What the route does up to the commit — then the "server dies" before answering.
  const deps = {
    config: t.config,
    db: t.db,
    wechat: t.wechat,
    personalData: createPersonalDataCipher(t.config.personalDataKey),
    now: () => new Date(),
  } as unknown as AppDeps;
  const committed = await createComplaint(
    deps,
    { sub: consumer.user.id, role: 'consumer' },
    { ...body },
    {
      scope: consumer.user.id,
      key,
      methodPath: 'POST /api/v1/complaints',
      bodyHash: createHash('sha256').update(canonicalJson(body)).digest('hex'),
      at: new Date(),
    },
  );

  const retry = await file(consumer.token, key, body);
  expect(retry.statusCode).toBe(201);
  expect(retry.headers['idempotent-replay']).toBe('true');
  expect(retry.json<ComplaintCreated>()).toEqual(committed);
  expect(await complaintsOf(consumer.user.id)).toHaveLength(1);
});

it('eight simultaneous submissions with one key file one complaint and all answer with it', async () => {
  const consumer = await loginConsumer(t.app);
  const results = await Promise.all(
    Array.from({ length: 8 }, () => file(consumer.token, 'k-race-complaint')),
  );
  expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
  expect(new Set(results.map((r) => r.json<ComplaintCreated>().trackingNo)).size).toBe(1);
  expect(await complaintsOf(consumer.user.id)).toHaveLength(1);
});

it('a failed filing records no key: the retry with the same key files it', async () => {
  const consumer = await loginConsumer(t.app);
  const bad = await file(
    consumer.token,
    'k-after-fail',
    complaintBody({ purchaseDate: '2099-01-01' }),
  );
  expect(bad.statusCode).toBe(400);
  const good = await file(consumer.token, 'k-after-fail');
  // Another body under the same key is fine: the failed request left nothing behind.
  expect(good.statusCode).toBe(201);
  expect(good.headers['idempotent-replay']).toBeUndefined();
});

it('the same transition sent twice with one key happens once; the retry gets the complaint', async () => {
  const consumer = await loginConsumer(t.app);
  const staff = await loginStaff(t);
  const created = (await file(consumer.token, 'k-file-for-transition')).json<ComplaintCreated>();
  const send = () =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${created.id}/transitions`,
      headers: { ...bearer(staff.token), 'idempotency-key': 'k-accept-1' },
      payload: { action: 'accept', note: '材料齐全' },
    });
  const [a, b] = await Promise.all([send(), send()]);
  expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
  const later = await send();
  expect(later.statusCode).toBe(200);
  expect(later.headers['idempotent-replay']).toBe('true');
  const detail = later.json<ComplaintDetail>();
  expect(detail.status).toBe('accepted');
  expect(detail.timeline.filter((e) => e.status === 'accepted')).toHaveLength(1);
  // Without the key, the same action is a real second attempt and is refused.
  const again = await transition(t, staff.token, created.id, { action: 'accept' });
  expect(again.statusCode).toBe(409);
});

it('a message retried with its key is posted once', async () => {
  const consumer = await loginConsumer(t.app);
  const created = (await file(consumer.token, 'k-file-for-message')).json<ComplaintCreated>();
  const send = () =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${created.id}/messages`,
      headers: { ...bearer(consumer.token), 'idempotency-key': 'k-message-1' },
      payload: { kind: 'note', message: '请尽快处理，谢谢。' },
    });
  const results = await Promise.all([send(), send(), send()]);
  expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
  const timeline = results[2].json<ComplaintDetail>().timeline;
  expect(timeline.filter((e) => e.message === '请尽快处理，谢谢。')).toHaveLength(1);
});
