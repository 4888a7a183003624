import type { ComplaintDetail, ComplaintPage, TransitionAction } from '@api/complaints';
import type { Session } from '@api/auth';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import {
  ACTION_BODIES,
  consentBoth,
  fileComplaint,
  getDetail,
  postMessage,
  postRating,
  TestClock,
  transition,
  transitionOk,
} from './support/complaints';
import { register, testCode, verify } from './support/merchants';

let t: TestApp;
let staff: Session;
const clock = new TestClock(new Date('2026-09-29T10:00:00+08:00'));

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: clock.now });
  staff = await loginStaff(t);
});
afterAll(() => t.close());

let n = 700;
/** A verified merchant (in the registry) and its owner. */
async function merchantWithOwner(name: string, extra: { town?: string; industry?: string } = {}) {
  const owner = await loginConsumer(t.app);
  const m = await register(t, owner.token, { creditCode: testCode(n++), name, ...extra });
  await verify(t, staff.token, m.id);
  return { owner, merchantId: m.merchantId };
}

const auditCount = async (id: string) =>
  (
    await t.db.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'complaint.read_personal_data')
      .where('target_id', '=', id)
      .execute()
  ).length;

describe('who sees what', () => {
  let a: Session;
  let id: string;
  let evidenceId: string;
  let shop: Awaited<ReturnType<typeof merchantWithOwner>>;
  let otherShop: Awaited<ReturnType<typeof merchantWithOwner>>;

  beforeAll(async () => {
    shop = await merchantWithOwner('被投诉电器行');
    otherShop = await merchantWithOwner('隔壁服装店');
    a = await loginConsumer(t.app);
    const created = await fileComplaint(
      t,
      a.token,
      {
        merchant: { merchantId: shop.merchantId, name: '被投诉电器行', address: '某地' },
        complainant: { name: '张三', phone: '13812345678', address: '青山县城关镇幸福小区3栋' },
      },
      { withEvidence: true },
    );
    id = created.id;
    evidenceId = (await getDetail(t, a.token, id)).json<ComplaintDetail>().evidence[0].id;
  });

  it('another consumer gets 404 COMPLAINT_NOT_FOUND, as for an id that does not exist', async () => {
    const b = await loginConsumer(t.app);
    for (const target of [id, '01NOSUCHCOMPLAINT000000000']) {
      const res = await getDetail(t, b.token, target);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ code: 'COMPLAINT_NOT_FOUND', message: '投诉不存在' });
    }
    for (const res of [
      await transition(t, b.token, id, { action: 'withdraw' }),
      await postMessage(t, b.token, id, { kind: 'note', message: '看看' }),
      await postRating(t, b.token, id, { score: 1 }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('COMPLAINT_NOT_FOUND');
    }
  });

  it('a merchant of another business gets 404', async () => {
    const res = await getDetail(t, otherShop.owner.token, id);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('COMPLAINT_NOT_FOUND');
    const msg = await postMessage(t, otherShop.owner.token, id, {
      kind: 'reply',
      message: '不是我',
    });
    expect(msg.statusCode).toBe(404);
  });

  it('the merchant complained about sees the complainant masked, and may reply', async () => {
    const before = await auditCount(id);
    const res = await getDetail(t, shop.owner.token, id);
    expect(res.statusCode).toBe(200);
    const detail = res.json<ComplaintDetail>();
    expect(detail.complainant).toEqual({
      name: '张*',
      phone: '138****5678',
      address: '青山县城关镇****',
    });
    expect(detail.allowedActions).toEqual(['reply', 'proposal']);
    expect(JSON.stringify(detail)).not.toContain('13812345678');
    expect(await auditCount(id)).toBe(before);
  });

  it('the owner sees it unmasked without an audit row; staff unmasked with one row per read', async () => {
    const before = await auditCount(id);
    const mine = (await getDetail(t, a.token, id)).json<ComplaintDetail>();
    expect(mine.complainant.phone).toBe('13812345678');
    expect(await auditCount(id)).toBe(before);

    const seen = (await getDetail(t, staff.token, id)).json<ComplaintDetail>();
    expect(seen.complainant).toEqual({
      name: '张三',
      phone: '13812345678',
      address: '青山县城关镇幸福小区3栋',
    });
    expect(seen.allowedActions).toEqual(['accept', 'reject', 'note']);
    expect(await auditCount(id)).toBe(before + 1);
    const row = await t.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'complaint.read_personal_data')
      .where('target_id', '=', id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ actor_id: staff.user.id, target_type: 'complaint' });
    expect(row.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('list items carry no personal data in any scope', async () => {
    for (const [token, scope] of [
      [a.token, 'mine'],
      [shop.owner.token, 'merchant'],
      [staff.token, 'all'],
    ] as const) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/complaints?scope=${scope}`,
        headers: bearer(token),
      });
      expect(res.statusCode).toBe(200);
      const page = res.json<ComplaintPage>();
      expect(page.items.map((i) => i.id)).toContain(id);
      for (const text of ['13812345678', '张三', '幸福小区', '138****5678']) {
        expect(res.body).not.toContain(text);
      }
      expect(Object.keys(page.items[0]).sort()).not.toContain('complainant');
    }
  });

  it('evidence photos: the complainant, staff and the merchant complained about may read them', async () => {
    const read = (token: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1/uploads/${evidenceId}`, headers: bearer(token) });
    expect((await read(a.token)).statusCode).toBe(200);
    expect((await read(staff.token)).statusCode).toBe(200);
    expect((await read(shop.owner.token)).statusCode).toBe(200);
    expect((await read(otherShop.owner.token)).statusCode).toBe(404);
    expect((await read((await loginConsumer(t.app)).token)).statusCode).toBe(404);
  });

  it('the merchant replies and proposes a settlement with an amount; the consumer sees both', async () => {
    const reply = await postMessage(t, shop.owner.token, id, {
      kind: 'reply',
      message: '已联系顾客，愿意上门检修',
    });
    expect(reply.statusCode).toBe(200);
    const proposal = await postMessage(t, shop.owner.token, id, {
      kind: 'proposal',
      message: '退款 1000 元',
      amount: 1000,
    });
    expect(proposal.statusCode).toBe(200);
    const mine = (await getDetail(t, a.token, id)).json<ComplaintDetail>();
    expect(mine.timeline.slice(-2)).toEqual([
      expect.objectContaining({ actor: 'merchant', kind: 'reply' }),
      expect.objectContaining({ actor: 'merchant', kind: 'proposal', amount: 1000 }),
    ]);
    // A merchant's note or evidence, an amount on a reply: refused.
    expect(
      (await postMessage(t, shop.owner.token, id, { kind: 'note', message: '备注' })).statusCode,
    ).toBe(403);
    const withAmount = await postMessage(t, shop.owner.token, id, {
      kind: 'reply',
      message: '给钱',
      amount: 5,
    });
    expect(withAmount.statusCode).toBe(400);
    expect(withAmount.json().fields).toEqual({ amount: '只有和解方案可以填写金额' });
  });
});

describe('roles', () => {
  it('staff actions by the complainant or the merchant → 403; withdraw by staff or the merchant → 403', async () => {
    const shop = await merchantWithOwner('角色测试店');
    const consumer = await loginConsumer(t.app);
    const { id } = await fileComplaint(t, consumer.token, {
      merchant: { merchantId: shop.merchantId, name: '角色测试店', address: '某地' },
    });
    for (const token of [consumer.token, shop.owner.token]) {
      for (const action of ['accept', 'reject'] as const) {
        const res = await transition(t, token, id, ACTION_BODIES[action]);
        expect(res.statusCode).toBe(403);
        expect(res.json().code).toBe('FORBIDDEN');
      }
    }
    expect((await transition(t, staff.token, id, { action: 'withdraw' })).statusCode).toBe(403);
    expect((await transition(t, shop.owner.token, id, { action: 'withdraw' })).statusCode).toBe(
      403,
    );
    expect((await postRating(t, staff.token, id, { score: 5 })).statusCode).toBe(403);
    const detail = (await getDetail(t, staff.token, id)).json<ComplaintDetail>();
    expect(detail.status).toBe('submitted');
  });

  it('scope=all is for staff only; bad bodies are 400', async () => {
    const consumer = await loginConsumer(t.app);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/complaints?scope=all',
      headers: bearer(consumer.token),
    });
    expect(res.statusCode).toBe(403);
    const { id } = await fileComplaint(t, consumer.token);
    for (const body of [
      { action: 'fly' },
      { action: 'reject', reason: 'no-agreement' }, // a 第二十一条 reason on a refusal
      { action: 'reject' },
      { action: 'accept', reason: 'other' },
      { action: 'pause-for-testing', note: '检' },
    ]) {
      const bad = await transition(t, staff.token, id, body);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().code).toBe('VALIDATION_FAILED');
    }
  });
});

/** Every status the machine has, and how to get a complaint into it. */
type Situation =
  | 'submitted'
  | 'accepted'
  | 'mediating'
  | 'paused'
  | 'rejected'
  | 'settled'
  | 'terminated'
  | 'closed'
  | 'withdrawn';

const PATHS: Record<Situation, TransitionAction[]> = {
  submitted: [],
  accepted: ['accept'],
  mediating: ['accept', 'mediate'],
  paused: ['accept', 'mediate', 'pause-for-testing'],
  rejected: ['reject'],
  settled: ['accept', 'mediate', 'settle'],
  terminated: ['accept', 'terminate'],
  closed: ['reject', 'close'],
  withdrawn: ['withdraw'],
};

/** What the law allows from each situation (written out, not read from the implementation). */
const ALLOWED: Record<Situation, TransitionAction[]> = {
  submitted: ['accept', 'reject', 'withdraw'],
  accepted: ['mediate', 'terminate', 'withdraw'],
  mediating: ['pause-for-testing', 'settle', 'terminate', 'withdraw'],
  paused: ['resume', 'settle', 'terminate', 'withdraw'],
  rejected: ['close'],
  settled: ['close'],
  terminated: ['close'],
  closed: [],
  withdrawn: [],
};

const ACTIONS = Object.keys(ACTION_BODIES) as TransitionAction[];
const SITUATIONS = Object.keys(PATHS) as Situation[];

describe('the state machine over HTTP', () => {
  let consumer: Session;
  const tokenFor = (action: TransitionAction) =>
    action === 'withdraw' ? consumer.token : staff.token;

  async function complaintIn(situation: Situation): Promise<string> {
    const { id } = await fileComplaint(t, consumer.token);
    for (const action of PATHS[situation]) {
      await transitionOk(t, tokenFor(action), id, ACTION_BODIES[action]);
    }
    return id;
  }

  const ids = new Map<Situation, string>();
  beforeAll(async () => {
    consumer = await loginConsumer(t.app);
    for (const s of SITUATIONS) ids.set(s, await complaintIn(s));
  });

  const invalid = SITUATIONS.flatMap((s) =>
    ACTIONS.filter((a) => !ALLOWED[s].includes(a)).map((a) => [s, a] as const),
  );

  it.each(invalid)('from %s, %s → 409 INVALID_TRANSITION, nothing changes', async (s, action) => {
    const id = ids.get(s)!;
    const before = (await getDetail(t, consumer.token, id)).json<ComplaintDetail>();
    const res = await transition(t, tokenFor(action), id, ACTION_BODIES[action]);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('INVALID_TRANSITION');
    expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
    const after = (await getDetail(t, consumer.token, id)).json<ComplaintDetail>();
    expect(after.timeline).toHaveLength(before.timeline.length);
    expect([after.status, after.pausedForTesting]).toEqual([
      before.status,
      before.pausedForTesting,
    ]);
  });

  const valid = SITUATIONS.flatMap((s) => ALLOWED[s].map((a) => [s, a] as const));
  it.each(valid)('from %s, %s → 200', async (s, action) => {
    const id = await complaintIn(s);
    if (action === 'mediate') await consentBoth(t, staff.token, id);
    const res = await transition(t, tokenFor(action), id, ACTION_BODIES[action]);
    expect(res.statusCode).toBe(200);
  });

  it('the messages are specific, e.g. settling before acceptance', async () => {
    const res = await transition(t, staff.token, ids.get('submitted')!, ACTION_BODIES.settle);
    expect(res.json().message).toBe('投诉尚未受理，不能办结');
  });

  it('allowedActions for staff in each situation lists exactly the staff transitions allowed', async () => {
    for (const s of SITUATIONS) {
      const detail = (await getDetail(t, staff.token, ids.get(s)!)).json<ComplaintDetail>();
      const transitions = detail.allowedActions.filter((a) => (ACTIONS as string[]).includes(a));
      expect(transitions.sort()).toEqual(ALLOWED[s].filter((a) => a !== 'withdraw').sort());
    }
  });

  it('two concurrent acceptances: exactly one succeeds', async () => {
    const id = await complaintIn('submitted');
    const results = await Promise.all([
      transition(t, staff.token, id, { action: 'accept' }),
      transition(t, staff.token, id, { action: 'reject', reason: 'other' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const detail = (await getDetail(t, consumer.token, id)).json<ComplaintDetail>();
    expect(detail.timeline.filter((e) => e.kind === 'status')).toHaveLength(2);
  });
});

describe('lists', () => {
  let q: TestApp;
  let qStaff: Session;
  const qClock = new TestClock(new Date('2026-09-01T10:00:00+08:00'));
  beforeAll(async () => {
    q = await createTestApp({ env: { SEED_DEMO: 'false' }, now: qClock.now });
    qStaff = await loginStaff(q);
  });
  afterAll(() => q.close());

  const list = async (token: string, query: string) => {
    const res = await q.app.inject({
      method: 'GET',
      url: `/api/v1/complaints?${query}`,
      headers: bearer(token),
    });
    expect(res.statusCode).toBe(200);
    return res.json<ComplaintPage>();
  };

  async function all(token: string, query: string) {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(token, `${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      ids.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  }

  it('staff queue: by the deadline that applies now, finished ones last; filters; consumer newest first', async () => {
    const owner = await loginConsumer(q.app);
    const m = await register(q, owner.token, {
      creditCode: testCode(900),
      name: '桃花乡农家乐',
      town: '桃花乡',
      industry: '餐饮',
    });
    await verify(q, qStaff.token, m.id);
    const consumer = await loginConsumer(q.app);
    const file = async (date: string, withMerchant = false) => {
      qClock.set(`${date}T10:00:00+08:00`);
      return (
        await fileComplaint(q, consumer.token, {
          purchaseDate: '2026-08-01',
          ...(withMerchant && {
            merchant: { merchantId: m.merchantId, name: '桃花乡农家乐', address: '桃花乡' },
          }),
        })
      ).id;
    };
    const early = await file('2026-09-01'); // accept by 2026-09-10
    const late = await file('2026-09-08', true); // accept by 2026-09-17
    const acceptedOne = await file('2026-09-02'); // accepted 09-03 → mediation by 2026-11-02
    const rejectedOne = await file('2026-09-03');
    qClock.set('2026-09-03T10:00:00+08:00');
    await transitionOk(q, qStaff.token, acceptedOne, { action: 'accept' });
    await transitionOk(q, qStaff.token, rejectedOne, { action: 'reject', reason: 'other' });

    qClock.set('2026-09-09T10:00:00+08:00');
    const queue = await all(qStaff.token, 'scope=all');
    expect(queue).toEqual([early, late, acceptedOne, rejectedOne]);
    const first = (await list(qStaff.token, 'scope=all')).items[0];
    expect(first).toMatchObject({ id: early, dueSoon: true, overdue: false });

    expect(await all(qStaff.token, 'scope=all&status=submitted')).toEqual([early, late]);
    expect(await all(qStaff.token, 'scope=all&town=桃花乡')).toEqual([late]);
    expect(await all(qStaff.token, 'scope=all&industry=餐饮')).toEqual([late]);
    const item = (await list(qStaff.token, 'scope=all&town=桃花乡')).items[0];
    expect(item).toMatchObject({ town: '桃花乡', industry: '餐饮', merchantName: '桃花乡农家乐' });

    // Staff default to the queue; consumers to their own, newest first; merchants to theirs.
    expect(await all(qStaff.token, '')).toEqual(queue);
    const newestFirst = [late, rejectedOne, acceptedOne, early];
    expect(await all(consumer.token, '')).toEqual(newestFirst);
    expect(await all(consumer.token, 'scope=mine')).toEqual(newestFirst);
    expect(await all(owner.token, 'scope=merchant')).toEqual([late]);
    expect(await all(owner.token, 'scope=mine')).toEqual([]);
    expect((await list(consumer.token, 'scope=merchant')).items).toEqual([]);
  });

  it('a bad cursor is 400', async () => {
    const res = await q.app.inject({
      method: 'GET',
      url: '/api/v1/complaints?cursor=nonsense',
      headers: bearer(qStaff.token),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('INVALID_CURSOR');
  });
});
