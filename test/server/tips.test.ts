import type { UsefulState } from '@api/common';
import { sql } from 'kysely';
import sharp from 'sharp';
import type { Region } from '@api/region';
import type {
  MyTip,
  MyTipPage,
  PublicTip,
  StaffTip,
  StaffTipPage,
  TipPage,
  TipReport,
  TipReportCreated,
  TipReportPage,
} from '@api/tips';
import type { MessagePage } from '@api/messages';
import type { Session } from '@api/auth';
import { DEFAULT_TIPS_PER_DAY } from '@/domain/tip-vocabulary';
import { LOCAL_RISKY_IMAGE_SIZE, LOCAL_RISKY_WORDS } from '../../server/src/wechat/local-double';
import { bearer, createTestApp, loginStaff, type TestApp } from './support/app';
import { upload } from './support/merchants';

let t: TestApp;
let staff: { token: string };
let admin: { token: string };
let n = 0;

const login = async (nickname = '王小明'): Promise<Session> => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/dev',
    payload: { openid: `tip_${++n}_${Date.now()}`, nickname },
  });
  return res.json<Session>();
};

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' } });
  staff = await loginStaff(t);
  admin = await loginStaff(t, 'admin');
});
afterAll(() => t.close());

const as = (token: string) => ({ headers: bearer(token) });
let serial = 0;
const tipBody = (extra: Record<string, unknown> = {}) => ({
  title: '预付卡消费要谨慎',
  body: `办理健身卡前先看清合同条款，保留好收据，第${++serial}次提醒大家不要一次充值太多。`,
  category: '预付式消费',
  ...extra,
});
const submit = (token: string, payload: object, key?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/tips',
    payload,
    headers: { ...bearer(token), ...(key ? { 'idempotency-key': key } : {}) },
  });
const moderate = (id: string, payload: object, token = staff.token) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/tips/${id}/moderation`,
    payload,
    ...as(token),
  });
const publicList = (query = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/tips${query}` }).then((r) => r.json<TipPage>());
const count = async (table: 'tips' | 'tip_reports' | 'tip_useful') =>
  Number(
    (
      await t.db.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** A published tip of a fresh author: [author, tip]. */
async function publishedTip(nickname = '王小明', extra: Record<string, unknown> = {}) {
  const author = await login(nickname);
  const res = await submit(author.token, tipBody(extra));
  expect(res.statusCode).toBe(201);
  const tip = res.json<MyTip>();
  expect((await moderate(tip.id, { decision: 'approve' })).statusCode).toBe(200);
  return [author, tip] as const;
}

describe('writing a tip', () => {
  it('waits for staff, then is public with the nickname masked and the author told', async () => {
    const author = await login('王小明');
    const res = await submit(author.token, tipBody({ title: '  看清 保质期 再买  ' }));
    expect(res.statusCode).toBe(201);
    const tip = res.json<MyTip>();
    expect(tip).toMatchObject({ status: 'pending', title: '看清 保质期 再买', usefulCount: 0 });

    // Nothing public before moderation.
    expect((await publicList()).items.map((i) => i.id)).not.toContain(tip.id);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tips/${tip.id}` })).statusCode).toBe(
      404,
    );

    const queue = (
      await t.app.inject({ method: 'GET', url: '/api/v1/tips/queue', ...as(staff.token) })
    ).json<StaffTipPage>();
    const queued = queue.items.find((i) => i.id === tip.id);
    expect(queued).toMatchObject({ secCheck: 'pass', authorNickname: '王小明' });

    const approved = await moderate(tip.id, { decision: 'approve' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json<StaffTip>().status).toBe('published');
    expect((await moderate(tip.id, { decision: 'approve' })).statusCode).toBe(409);

    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/tips/${tip.id}` });
    expect(detail.statusCode).toBe(200);
    const shown = detail.json<PublicTip>();
    expect(shown.authorName).toBe('王**');
    expect(detail.body).not.toContain('王小明');
    expect(detail.body).not.toMatch(/openid|tip_\d+_/);

    const messages = (
      await t.app.inject({ method: 'GET', url: '/api/v1/messages', ...as(author.token) })
    ).json<MessagePage>();
    expect(messages.items[0]).toMatchObject({ kind: 'tip-moderation', title: '你的小贴士已发布' });
  });

  it('replays the same Idempotency-Key without a second tip', async () => {
    const author = await login();
    const payload = tipBody();
    const first = await submit(author.token, payload, 'tip-key-1');
    const before = await count('tips');
    const again = await submit(author.token, payload, 'tip-key-1');
    expect(again.statusCode).toBe(201);
    expect(again.json<MyTip>().id).toBe(first.json<MyTip>().id);
    expect(await count('tips')).toBe(before);
    expect((await submit(author.token, tipBody(), 'tip-key-1')).statusCode).toBe(409);
  });

  it('refuses text on the double word list and writes nothing', async () => {
    const author = await login();
    const before = await count('tips');
    for (const word of LOCAL_RISKY_WORDS) {
      const res = await submit(
        author.token,
        tipBody({ body: `这里有人卖${word}，大家一定要当心上当受骗。` }),
      );
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'TIP_CONTENT_REFUSED' });
      expect(res.json<{ message: string }>().message).toContain('内容安全');
    }
    expect(await count('tips')).toBe(before);
  });

  it('refuses a photo the double flags, and accepts clean own photos', async () => {
    const author = await login();
    const risky = await sharp({
      create: { ...LOCAL_RISKY_IMAGE_SIZE, channels: 3, background: '#ff0000' },
    })
      .png()
      .toBuffer();
    const bad = await upload(t, author.token, 'evidence', risky);
    const good = await upload(t, author.token, 'evidence');
    const before = await count('tips');
    const refused = await submit(author.token, tipBody({ photos: [good.id, bad.id] }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'TIP_PHOTO_REFUSED',
      fields: { 'photos.1': expect.any(String) },
    });
    expect(await count('tips')).toBe(before);

    const ok = await submit(author.token, tipBody({ photos: [good.id] }));
    expect(ok.statusCode).toBe(201);
    const tip = ok.json<MyTip>();
    await moderate(tip.id, { decision: 'approve' });
    const shown = (
      await t.app.inject({ method: 'GET', url: `/api/v1/tips/${tip.id}` })
    ).json<PublicTip>();
    expect(shown.photos).toHaveLength(1);
    const photo = await t.app.inject({ method: 'GET', url: shown.photos[0].url });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');

    // Someone else's upload cannot be attached.
    const other = await login();
    const res = await submit(other.token, tipBody({ photos: [good.id] }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'TIP_INVALID',
      fields: { photos: expect.any(String) },
    });
  });

  it('refuses duplicates of the same author (normalised text) with 409', async () => {
    const author = await login();
    const text = '网购直播间的“秒杀价”要先比价，别被倒计时催着下单！';
    expect((await submit(author.token, tipBody({ body: text }))).statusCode).toBe(201);
    const again = await submit(
      author.token,
      tipBody({ body: ` 网购直播间的 "秒杀价" 要先比价,别被倒计时催着下单 ` }),
    );
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'TIP_DUPLICATE' });
    // Another author may say the same.
    expect((await submit((await login()).token, tipBody({ body: text }))).statusCode).toBe(201);
  });

  it('limits tips per user per day (county profile), with the limit in the message', async () => {
    const author = await login();
    for (let i = 0; i < DEFAULT_TIPS_PER_DAY; i++) {
      expect((await submit(author.token, tipBody())).statusCode).toBe(201);
    }
    const over = await submit(author.token, tipBody());
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ code: 'TIP_DAILY_LIMIT' });
    expect(over.json<{ message: string }>().message).toContain(String(DEFAULT_TIPS_PER_DAY));

    const region = (await t.app.inject({ method: 'GET', url: '/api/v1/region' })).json<Region>();
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/region',
      payload: { ...region, tips: { perUserPerDay: 1 } },
      ...as(admin.token),
    });
    expect(put.statusCode).toBe(200);
    const fresh = await login();
    expect((await submit(fresh.token, tipBody())).statusCode).toBe(201);
    const second = await submit(fresh.token, tipBody());
    expect(second.statusCode).toBe(429);
    expect(second.json<{ message: string }>().message).toContain('1 条');
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/region',
      payload: region,
      ...as(admin.token),
    });
  });

  it('answers bad input with 400 and a Chinese message, writing nothing', async () => {
    const author = await login();
    const before = await count('tips');
    const cases: object[] = [
      tipBody({ body: '太短' }),
      tipBody({ body: '长'.repeat(501) }),
      tipBody({ body: '          很短          ' }),
      tipBody({ category: '不存在的分类' }),
      tipBody({ photos: ['a', 'b', 'c', 'd'] }),
      tipBody({ title: '' }),
      tipBody({ extra: 1 }),
      { title: '没有正文的小贴士' },
    ];
    for (const payload of cases) {
      const res = await submit(author.token, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ message: string }>().message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await count('tips')).toBe(before);

    // HTML is kept as text, never interpreted.
    const html = '<script>alert(1)</script><b>小心</b>低价团购陷阱，付款前核实商家资质。';
    const res = await submit(author.token, tipBody({ body: html }));
    expect(res.statusCode).toBe(201);
    expect(res.json<MyTip>().body).toBe(html);
  });
});

describe('permissions', () => {
  it('lets only consumers and merchants write, and only staff moderate', async () => {
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/tips', payload: tipBody() })).statusCode,
    ).toBe(401);
    expect((await submit(staff.token, tipBody())).statusCode).toBe(403);
    const author = await login();
    const tip = (await submit(author.token, tipBody())).json<MyTip>();
    expect((await moderate(tip.id, { decision: 'approve' }, author.token)).statusCode).toBe(403);
    for (const url of ['/api/v1/tips/queue', '/api/v1/tip-reports']) {
      expect((await t.app.inject({ method: 'GET', url, ...as(author.token) })).statusCode).toBe(
        403,
      );
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
    // Another user can neither withdraw it nor see it among their own.
    const other = await login();
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/tips/${tip.id}/withdrawal`,
          ...as(other.token),
        })
      ).statusCode,
    ).toBe(404);
    const mine = (
      await t.app.inject({ method: 'GET', url: '/api/v1/tips/mine', ...as(other.token) })
    ).json<MyTipPage>();
    expect(mine.items).toHaveLength(0);
  });

  it('rejects with a reason from the list only, and tells the author', async () => {
    const author = await login();
    const tip = (await submit(author.token, tipBody())).json<MyTip>();
    expect(
      (await moderate(tip.id, { decision: 'reject', reason: '随便写的原因' })).statusCode,
    ).toBe(400);
    expect((await moderate(tip.id, { decision: 'reject' })).statusCode).toBe(400);
    const res = await moderate(tip.id, { decision: 'reject', reason: '含广告或推广' });
    expect(res.statusCode).toBe(200);
    const mine = (
      await t.app.inject({ method: 'GET', url: '/api/v1/tips/mine', ...as(author.token) })
    ).json<MyTipPage>();
    expect(mine.items[0]).toMatchObject({ status: 'rejected', rejectReason: '含广告或推广' });
    const messages = (
      await t.app.inject({ method: 'GET', url: '/api/v1/messages', ...as(author.token) })
    ).json<MessagePage>();
    expect(messages.items[0].body).toContain('含广告或推广');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tips/${tip.id}` })).statusCode).toBe(
      404,
    );
  });
});

describe('reading, 有用, reports and hiding', () => {
  it('lists newest first with category filter, search and keyset paging', async () => {
    const [, a] = await publishedTip('李四', { title: '春节旅游防坑指南', category: '旅游出行' });
    const [, b] = await publishedTip('赵六', {
      title: '老人买保健品别轻信讲座',
      category: '老年人保健品',
    });
    const all = await publicList('?limit=1');
    expect(all.items[0].id).toBe(b.id);
    expect(all.nextCursor).toEqual(expect.any(String));
    const next = await publicList(`?limit=1&cursor=${all.nextCursor}`);
    expect(next.items[0].id).toBe(a.id);
    expect((await publicList('?category=旅游出行')).items.map((i) => i.id)).toEqual([a.id]);
    expect((await publicList(`?q=${encodeURIComponent('防')}`)).items.map((i) => i.id)).toContain(
      a.id,
    );
    expect((await publicList(`?q=${encodeURIComponent('%')}`)).items).toHaveLength(0);
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/tips?cursor=nonsense' });
    expect(bad.statusCode).toBe(400);
  });

  it('counts 有用 once per user', async () => {
    const [, tip] = await publishedTip();
    const reader = await login();
    const mark = () =>
      t.app.inject({ method: 'PUT', url: `/api/v1/tips/${tip.id}/useful`, ...as(reader.token) });
    expect((await mark()).json<UsefulState>()).toEqual({ usefulCount: 1, markedUseful: true });
    expect((await mark()).json<UsefulState>()).toEqual({ usefulCount: 1, markedUseful: true });
    const seen = (
      await t.app.inject({ method: 'GET', url: `/api/v1/tips/${tip.id}`, ...as(reader.token) })
    ).json<PublicTip>();
    expect(seen).toMatchObject({ usefulCount: 1, markedUseful: true });
    expect(
      (await t.app.inject({ method: 'PUT', url: `/api/v1/tips/${tip.id}/useful` })).statusCode,
    ).toBe(401);
  });

  it('queues reports; hiding makes the tip vanish from every public route', async () => {
    const [author, tip] = await publishedTip('欧阳娜娜', { photos: [] });
    const reader = await login();
    const report = (payload: object, key?: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/tips/${tip.id}/reports`,
        payload,
        headers: { ...bearer(reader.token), ...(key ? { 'idempotency-key': key } : {}) },
      });
    expect((await report({ reason: '不存在的原因' })).statusCode).toBe(400);
    const first = await report({ reason: '虚假信息', note: '内容与事实不符' }, 'rep-1');
    expect(first.statusCode).toBe(201);
    const replay = await report({ reason: '虚假信息', note: '内容与事实不符' }, 'rep-1');
    expect(replay.json<TipReportCreated>().id).toBe(first.json<TipReportCreated>().id);
    expect((await report({ reason: '广告推广' })).statusCode).toBe(201);

    const queue = (
      await t.app.inject({ method: 'GET', url: '/api/v1/tip-reports', ...as(staff.token) })
    ).json<TipReportPage>();
    const mine = queue.items.filter((r) => r.tip.id === tip.id);
    expect(mine).toHaveLength(2);
    expect(mine[0].tip.openReports).toBe(2);

    const hide = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tip-reports/${mine[0].id}/resolution`,
      payload: { action: 'hide' },
      ...as(staff.token),
    });
    expect(hide.statusCode).toBe(200);
    expect(hide.json<TipReport>().tip.status).toBe('hidden');
    // Every open report of it is closed with it.
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tip-reports/${mine[1].id}/resolution`,
      payload: { action: 'dismiss' },
      ...as(staff.token),
    });
    expect(again.statusCode).toBe(409);

    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tips/${tip.id}` })).statusCode).toBe(
      404,
    );
    expect((await publicList()).items.map((i) => i.id)).not.toContain(tip.id);
    expect(
      (await publicList(`?q=${encodeURIComponent(tip.title)}`)).items.map((i) => i.id),
    ).not.toContain(tip.id);
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: `/api/v1/tips/${tip.id}/useful`,
          ...as(reader.token),
        })
      ).statusCode,
    ).toBe(404);
    expect((await report({ reason: '其他' })).statusCode).toBe(404);
    const messages = (
      await t.app.inject({ method: 'GET', url: '/api/v1/messages', ...as(author.token) })
    ).json<MessagePage>();
    expect(messages.items[0].title).toBe('你的小贴士已被屏蔽');
  });

  it('lets authors withdraw their own tip, which then vanishes', async () => {
    const [author, tip] = await publishedTip();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tips/${tip.id}/withdrawal`,
      ...as(author.token),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<MyTip>().status).toBe('withdrawn');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/tips/${tip.id}/withdrawal`,
          ...as(author.token),
        })
      ).statusCode,
    ).toBe(409);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/tips/${tip.id}` })).statusCode).toBe(
      404,
    );
    expect((await publicList()).items.map((i) => i.id)).not.toContain(tip.id);
    // The same text may be written again once withdrawn.
    expect(
      (await submit(author.token, { title: tip.title, body: tip.body, category: tip.category }))
        .statusCode,
    ).toBe(201);
  });
});

describe('promotion into an official 提示 draft', () => {
  it('makes a draft credited 据消费者投稿, once, of a published tip only', async () => {
    const [author, tip] = await publishedTip('钱七', { title: '开学季培训班别急着交全款' });
    const promote = (id: string, token = staff.token, key?: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/tips/${id}/promotion`,
        payload: {},
        headers: { ...bearer(token), ...(key ? { 'idempotency-key': key } : {}) },
      });
    expect((await promote(tip.id, author.token)).statusCode).toBe(403);
    const res = await promote(tip.id, staff.token, 'promo-1');
    expect(res.statusCode).toBe(201);
    const { advisoryId } = res.json<{ advisoryId: string }>();
    const replay = await promote(tip.id, staff.token, 'promo-1');
    expect(replay.json<{ advisoryId: string }>().advisoryId).toBe(advisoryId);
    expect((await promote(tip.id)).statusCode).toBe(409);

    const draft = await t.app.inject({
      method: 'GET',
      url: `/api/v1/advisories/${advisoryId}/manage`,
      ...as(staff.token),
    });
    expect(draft.statusCode).toBe(200);
    expect(draft.body).toContain('据消费者投稿');
    expect(draft.body).toContain('开学季培训班别急着交全款');
    expect(draft.body).not.toContain('钱七');

    const pending = (await submit((await login()).token, tipBody())).json<MyTip>();
    expect((await promote(pending.id)).statusCode).toBe(404);
  });
  it('is one transaction: when recording the promotion fails, no draft is left behind', async () => {
    const [, tip] = await publishedTip('孙八', { title: '装修预付款分期支付更稳妥' });
    const drafts = () =>
      t.db.db
        .selectFrom('advisories')
        .select('id')
        .where('title', '=', '装修预付款分期支付更稳妥')
        .execute();
    // A failure injected into the promotion's last write (its audit row).
    const postgres = t.db.dialect === 'postgres';
    const statements = postgres
      ? [
          `create function promote_fails() returns trigger language plpgsql as $$
           begin if new.action = 'tip.promote' then raise exception 'injected'; end if;
           return new; end $$`,
          'create trigger promote_fails before insert on audit_log for each row execute function promote_fails()',
        ]
      : [
          `create trigger promote_fails before insert on audit_log when new.action = 'tip.promote'
           begin select raise(abort, 'injected'); end`,
        ];
    for (const statement of statements) await sql.raw(statement).execute(t.db.db);
    try {
      const failed = await t.app.inject({
        method: 'POST',
        url: `/api/v1/tips/${tip.id}/promotion`,
        payload: {},
        headers: { ...bearer(staff.token), 'idempotency-key': 'promo-fails' },
      });
      expect(failed.statusCode).toBe(500);
      expect(await drafts()).toEqual([]);
      const row = await t.db.db
        .selectFrom('tips')
        .select('promoted_advisory_id')
        .where('id', '=', tip.id)
        .executeTakeFirstOrThrow();
      expect(row.promoted_advisory_id).toBeNull();
    } finally {
      await sql
        .raw('drop trigger promote_fails' + (postgres ? ' on audit_log' : ''))
        .execute(t.db.db);
      if (postgres) await sql.raw('drop function promote_fails()').execute(t.db.db);
    }
    // The same key again, once the failure is gone: it goes through, once.
    const retried = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tips/${tip.id}/promotion`,
      payload: {},
      headers: { ...bearer(staff.token), 'idempotency-key': 'promo-fails' },
    });
    expect(retried.statusCode).toBe(201);
    expect(await drafts()).toHaveLength(1);
  });
});
