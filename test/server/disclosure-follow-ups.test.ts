import type { FollowUp, FollowUpBody, FollowUpList } from '@api/disclosure';
import { bearer, loginConsumer, type TestApp } from './support/app';
import {
  apiCall,
  createFollowUp,
  followUpBody,
  followUpScene,
  seedBatch,
  type FollowUpScene,
} from './support/follow-ups';
import { upload } from './support/merchants';
import { merchantWithTwoMembers } from './support/messages';

let s: FollowUpScene;
let t: TestApp;
let m1: string;
let m2: string;
let m4: string;

beforeAll(async () => {
  s = await followUpScene();
  t = s.t;
  [m1, m2, , m4] = s.merchants;
});
afterAll(() => t.close());

const inject = (...args: Parameters<ReturnType<typeof apiCall>>) => apiCall(t)(...args);
const body = (over: Partial<FollowUpBody> = {}) => followUpBody(m1, over);
const create = (over: Partial<FollowUpBody> = {}) => createFollowUp(t, s.staff.token, body(over));

describe('who may call', () => {
  it('consumers and merchants get 403 on every route; anonymous 401', async () => {
    const consumer = await loginConsumer(t.app);
    const shop = await merchantWithTwoMembers(t, s.staff.token);
    const existing = await create();
    const calls: ['GET' | 'POST' | 'PUT', string, object?][] = [
      ['GET', '/disclosure/flags'],
      ['GET', '/disclosure/follow-ups'],
      ['POST', '/disclosure/follow-ups', body()],
      ['GET', `/disclosure/follow-ups/${existing.id}`],
      ['PUT', `/disclosure/follow-ups/${existing.id}`, body({ status: 'done' })],
    ];
    for (const [method, url, payload] of calls) {
      for (const token of [consumer.token, shop.owner.token]) {
        expect([method, url, (await inject(token, method, url, payload)).statusCode]).toEqual([
          method,
          url,
          403,
        ]);
      }
      expect((await inject(null, method, url, payload)).statusCode).toBe(401);
    }
    expect(
      (await inject(s.staff.token, 'GET', `/disclosure/follow-ups/${existing.id}`)).json<FollowUp>()
        .status,
    ).toBe('open');
  });
});

describe('follow-ups', () => {
  it('records one: the business’s name, who wrote it, its attachments for staff only; audited', async () => {
    const photo = await upload(t, s.staff.token, 'follow-up');
    const res = await inject(
      s.staff.token,
      'POST',
      '/disclosure/follow-ups',
      body({ attachments: [photo.id], outcome: '  ' }),
      {
        'idempotency-key': 'follow-up-once',
      },
    );
    expect(res.statusCode).toBe(201);
    const made = res.json<FollowUp>();
    expect(made).toEqual({
      id: expect.any(String),
      target: { kind: 'business', merchantId: m1, name: '甲餐馆' },
      type: '行政指导',
      date: '2027-04-18',
      handledBy: '王科长、李明',
      notes: '上门约见负责人，指出退货流程问题，要求一周内整改。',
      attachments: [{ id: photo.id, url: `/api/v1/uploads/${photo.id}` }],
      status: 'open',
      createdByName: 'genjin_zhou',
      createdAt: s.clock.now().toISOString(),
      updatedAt: s.clock.now().toISOString(),
    });
    const replay = await inject(
      s.staff.token,
      'POST',
      '/disclosure/follow-ups',
      body({ attachments: [photo.id], outcome: '  ' }),
      {
        'idempotency-key': 'follow-up-once',
      },
    );
    expect(replay.json<FollowUp>().id).toBe(made.id);
    expect(
      (await t.db.db.selectFrom('follow_ups').select('id').where('id', '=', made.id).execute())
        .length,
    ).toBe(1);

    // The attachment: staff read it, a consumer or a merchant member cannot.
    const consumer = await loginConsumer(t.app);
    const shop = await merchantWithTwoMembers(t, s.staff.token);
    expect(
      (await t.app.inject({ method: 'GET', url: photo.url, headers: bearer(s.colleague.token) }))
        .statusCode,
    ).toBe(200);
    for (const token of [consumer.token, shop.owner.token]) {
      expect(
        (await t.app.inject({ method: 'GET', url: photo.url, headers: bearer(token) })).statusCode,
      ).toBe(404);
    }

    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('target_type', '=', 'follow-up')
      .where('target_id', '=', made.id)
      .execute();
    expect(audit).toEqual([{ action: 'follow-up.create', actor_id: s.staff.user.id }]);
  });

  it('industry targets: the profile’s industries and those of any batch; others refused', async () => {
    expect((await create({ target: { kind: 'industry', industry: '家政服务' } })).target).toEqual({
      kind: 'industry',
      industry: '家政服务',
    });
    await seedBatch(s, 'draft', null, [
      { merchantId: m4, name: '丁家政', industry: '旧行业名', outcome: 'settled' },
    ]);
    expect((await create({ target: { kind: 'industry', industry: '旧行业名' } })).target).toEqual({
      kind: 'industry',
      industry: '旧行业名',
    });
    const res = await inject(
      s.staff.token,
      'POST',
      '/disclosure/follow-ups',
      body({ target: { kind: 'industry', industry: '航天' } }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      message: '行业不存在，请从列表中选择',
      fields: { 'target.industry': '行业不存在，请从列表中选择' },
    });
  });

  it.each<[string, object, RegExp]>([
    [
      'unknown business',
      { target: { kind: 'business', merchantId: 'no-such-merchant' } },
      /经营者不存在/,
    ],
    ['unknown batch', { batchId: 'no-such-batch' }, /公示批次不存在/],
    ['blank notes', { notes: '   ' }, /跟进情况/],
    ['blank handler', { handledBy: '    ' }, /经办人/],
    ['no date', { date: '2027-02-30' }, /[\u4e00-\u9fa5]/],
    ['bad type', { type: '罚款' }, /[\u4e00-\u9fa5]/],
    ['bad status', { status: 'closed' }, /[\u4e00-\u9fa5]/],
    [
      'too many attachments',
      { attachments: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
      /[\u4e00-\u9fa5]/,
    ],
    ['unknown field', { secret: 1 }, /[\u4e00-\u9fa5]/],
    ['unknown attachment', { attachments: ['no-such-upload'] }, /附件不存在/],
  ])('%s: 400 in Chinese, nothing written', async (_, over, message) => {
    const before = await t.db.db.selectFrom('follow_ups').select('id').execute();
    const res = await inject(s.staff.token, 'POST', '/disclosure/follow-ups', {
      ...body(),
      ...over,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    expect((await t.db.db.selectFrom('follow_ups').select('id').execute()).length).toBe(
      before.length,
    );
  });

  it('only the caller’s own follow-up uploads can be attached', async () => {
    const consumer = await loginConsumer(t.app);
    const attach = (id: string) =>
      inject(s.staff.token, 'POST', '/disclosure/follow-ups', body({ attachments: [id] }));
    const others = [
      await upload(t, consumer.token, 'evidence'),
      await upload(t, s.colleague.token, 'follow-up'),
      await upload(t, s.staff.token, 'evidence'),
      await upload(t, s.staff.token, 'licence'),
    ];
    for (const theirs of others) {
      const res = await attach(theirs.id);
      expect(res.statusCode).toBe(400);
      expect(res.json().fields).toEqual({ attachments: '附件不存在，请重新上传' });
    }
  });

  it('only staff upload follow-up attachments: others are refused before the file is read', async () => {
    const consumer = await loginConsumer(t.app);
    const shop = await merchantWithTwoMembers(t, s.staff.token);
    for (const token of [consumer.token, shop.owner.token]) {
      await expect(upload(t, token, 'follow-up')).rejects.toThrow(/upload failed: 403 .*工作人员/);
    }
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/uploads?purpose=follow-up',
      headers: { ...bearer(consumer.token), 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x\r\nbroken',
    });
    expect(res.statusCode).toBe(403);
    const rows = await t.db.db
      .selectFrom('uploads')
      .select('purpose')
      .where('owner_id', 'in', [consumer.user.id, shop.owner.user.id])
      .execute();
    expect(rows).toEqual([{ purpose: 'licence' }]);
  });

  it('a colleague completes it, keeping the attachments; audited; unknown ids are 404', async () => {
    const photo = await upload(t, s.staff.token, 'follow-up');
    const made = await create({ attachments: [photo.id] });
    s.clock.tick(60);
    const res = await inject(
      s.colleague.token,
      'PUT',
      `/disclosure/follow-ups/${made.id}`,
      body({ attachments: [photo.id], status: 'done', outcome: '已整改，复查合格' }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json<FollowUp>()).toMatchObject({
      status: 'done',
      outcome: '已整改，复查合格',
      attachments: [{ id: photo.id }],
      createdByName: 'genjin_zhou',
      createdAt: made.createdAt,
      updatedAt: s.clock.now().toISOString(),
    });
    expect(
      (await inject(s.staff.token, 'GET', `/disclosure/follow-ups/${made.id}`)).json<FollowUp>()
        .status,
    ).toBe('done');
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('target_id', '=', made.id)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'follow-up.create', actor_id: s.staff.user.id },
      { action: 'follow-up.update', actor_id: s.colleague.user.id },
    ]);
    for (const method of ['GET', 'PUT'] as const) {
      const missing = await inject(
        s.staff.token,
        method,
        '/disclosure/follow-ups/no-such-id',
        body(),
      );
      expect(missing.statusCode).toBe(404);
      expect(missing.json().message).toBe('跟进记录不存在');
    }
  });

  it('the list: open ones first, then the latest date; filters; pages', async () => {
    await t.db.db.deleteFrom('follow_ups').execute();
    const a = await create({ date: '2027-04-01', status: 'done' });
    const b = await create({ date: '2027-04-03' });
    const c = await create({ date: '2027-04-02', target: { kind: 'industry', industry: '餐饮' } });
    const d = await create({
      date: '2027-04-05',
      status: 'done',
      target: { kind: 'business', merchantId: m2 },
    });
    const list = async (query: string) =>
      (await inject(s.staff.token, 'GET', `/disclosure/follow-ups${query}`)).json<FollowUpList>();
    expect((await list('')).items.map((f) => f.id)).toEqual([b.id, c.id, d.id, a.id]);
    expect((await list('?status=done')).items.map((f) => f.id)).toEqual([d.id, a.id]);
    expect((await list(`?merchantId=${m1}`)).items.map((f) => f.id)).toEqual([b.id, a.id]);
    expect((await list('?industry=餐饮')).items.map((f) => f.id)).toEqual([c.id]);
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: FollowUpList = await list(`?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((f) => f.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([b.id, c.id, d.id, a.id]);
    const bad = await inject(s.staff.token, 'GET', '/disclosure/follow-ups?cursor=nonsense');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/分页/);
  });
});
