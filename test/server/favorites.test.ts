/** 我的收藏: keep and let go of public advisories and tips, the list, `favorited` on reads. */
import type { AdvisoryDetail } from '@api/advisories';
import type { FavoritePage } from '@api/favorites';
import type { PublicTip, TipPage } from '@api/tips';
import { bearer, createTestApp, loginConsumer, loginStaff, type TestApp } from './support/app';
import { advisoryContent, moveAdvisory, publishAdvisory, publishTip } from './support/reading';

let clock = new Date('2027-04-01T02:00:00.000Z');
let t: TestApp;
let staffA: string;
let staffB: string;

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: () => clock });
  staffA = (await loginStaff(t)).token;
  staffB = (await loginStaff(t)).token;
});
afterAll(() => t.close());

const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};
const favorite = (method: 'PUT' | 'DELETE', kind: string, id: string, token?: string) =>
  t.app.inject({
    method,
    url: `/api/v1/favorites/${kind}/${id}`,
    ...(token && { headers: bearer(token) }),
  });
const list = async (token: string, query = '') => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/favorites${query}`,
    headers: bearer(token),
  });
  expect(res.statusCode).toBe(200);
  return res.json<FavoritePage>();
};
const advisory = (id: string, token?: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/advisories/${id}`,
    ...(token && { headers: bearer(token) }),
  });
const tip = (id: string, token?: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v1/tips/${id}`,
    ...(token && { headers: bearer(token) }),
  });
const rows = async (userId: string) =>
  t.db.db.selectFrom('favorites').selectAll().where('user_id', '=', userId).execute();

describe('keeping an advisory or a tip', () => {
  it('PUT keeps a public one once; the reader alone sees favorited on detail and lists', async () => {
    const reader = await loginConsumer(t.app);
    const other = await loginConsumer(t.app);
    const advisoryId = await publishAdvisory(t, staffA, staffB);
    const { id: tipId } = await publishTip(t, staffA);

    for (let i = 0; i < 2; i++) {
      const kept = await favorite('PUT', 'advisory', advisoryId, reader.token);
      expect(kept.statusCode).toBe(200);
      expect(kept.json()).toEqual({ favorited: true });
    }
    expect((await favorite('PUT', 'tip', tipId, reader.token)).json()).toEqual({
      favorited: true,
    });
    expect(await rows(reader.user.id)).toHaveLength(2);

    expect((await advisory(advisoryId, reader.token)).json<AdvisoryDetail>().favorited).toBe(true);
    expect((await advisory(advisoryId, other.token)).json<AdvisoryDetail>().favorited).toBe(false);
    expect((await advisory(advisoryId)).json<AdvisoryDetail>().favorited).toBe(false);
    expect((await tip(tipId, reader.token)).json<PublicTip>().favorited).toBe(true);
    expect((await tip(tipId, other.token)).json<PublicTip>().favorited).toBe(false);
    expect((await tip(tipId)).json<PublicTip>().favorited).toBe(false);
    const tips = await t.app.inject({
      method: 'GET',
      url: '/api/v1/tips?limit=50',
      headers: bearer(reader.token),
    });
    const inList = tips.json<TipPage>().items.find((x) => x.id === tipId);
    expect(inList?.favorited).toBe(true);
    const anonymousList = await t.app.inject({ method: 'GET', url: '/api/v1/tips?limit=50' });
    expect(anonymousList.json<TipPage>().items.every((x) => !x.favorited)).toBe(true);
  });

  it('signed-in only: anonymous callers get 401 and nothing is stored', async () => {
    const advisoryId = await publishAdvisory(t, staffA, staffB);
    const before = await t.db.db.selectFrom('favorites').select('item_id').execute();
    for (const method of ['PUT', 'DELETE'] as const) {
      const res = await favorite(method, 'advisory', advisoryId);
      expect(res.statusCode).toBe(401);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/favorites' })).statusCode).toBe(401);
    expect(await t.db.db.selectFrom('favorites').select('item_id').execute()).toEqual(before);
  });

  it('PUT of what is not public is 404 with a Chinese message, nothing stored', async () => {
    const reader = await loginConsumer(t.app);
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/advisories',
      payload: advisoryContent({ title: '尚未发布的草稿提示' }),
      headers: { ...bearer(staffA), 'idempotency-key': `fav-draft-${Date.now()}` },
    });
    const draftId = draft.json<{ id: string }>().id;
    const pendingTip = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tips',
      payload: {
        title: '还在审核中的小贴士',
        body: '这条小贴士还没有通过审核，不能被收藏，也不能被别人看到。',
        category: '其他',
      },
      headers: bearer(reader.token),
    });
    const pendingId = pendingTip.json<{ id: string }>().id;
    for (const [kind, id, code] of [
      ['advisory', draftId, 'ADVISORY_NOT_FOUND'],
      ['advisory', '01HZZZZZZZZZZZZZZZZZZZZZZZ', 'ADVISORY_NOT_FOUND'],
      ['tip', pendingId, 'TIP_NOT_FOUND'],
    ] as const) {
      const res = await favorite('PUT', kind, id, reader.token);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code, message: expect.stringMatching(/不存在/) });
    }
    const badKind = await favorite('PUT', 'merchant', draftId, reader.token);
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await rows(reader.user.id)).toEqual([]);
  });

  it('DELETE lets go, and again is fine; the detail says so', async () => {
    const reader = await loginConsumer(t.app);
    const advisoryId = await publishAdvisory(t, staffA, staffB);
    await favorite('PUT', 'advisory', advisoryId, reader.token);
    for (let i = 0; i < 2; i++) {
      const res = await favorite('DELETE', 'advisory', advisoryId, reader.token);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ favorited: false });
    }
    expect(await rows(reader.user.id)).toEqual([]);
    expect((await advisory(advisoryId, reader.token)).json<AdvisoryDetail>().favorited).toBe(false);
    expect((await list(reader.token)).items).toEqual([]);
  });
});

describe('GET /favorites', () => {
  it('newest first, paged, filtered by kind; gone items stay listed as unavailable', async () => {
    const reader = await loginConsumer(t.app);
    const other = await loginConsumer(t.app);
    const first = await publishAdvisory(t, staffA, staffB, { kind: '警示', title: '警惕虚假宣传' });
    const { id: tipId, authorToken } = await publishTip(t, staffA, '直播间买东西留好凭证');
    const last = await publishAdvisory(t, staffA, staffB, { title: '春节出游消费提示' });
    for (const [kind, id] of [
      ['advisory', first],
      ['tip', tipId],
      ['advisory', last],
    ] as const) {
      later(1);
      expect((await favorite('PUT', kind, id, reader.token)).statusCode).toBe(200);
    }

    const all = await list(reader.token);
    expect(all.items.map((i) => [i.kind, i.id])).toEqual([
      ['advisory', last],
      ['tip', tipId],
      ['advisory', first],
    ]);
    expect(all.items[2]).toEqual({
      kind: 'advisory',
      id: first,
      title: '警惕虚假宣传',
      category: '教育培训',
      advisoryKind: '警示',
      savedAt: new Date(clock.getTime() - 2 * 60_000).toISOString(),
      available: true,
    });
    expect(all.items[1]).toMatchObject({ title: '直播间买东西留好凭证', available: true });
    expect(all.items[1].advisoryKind).toBeUndefined();
    expect(all.nextCursor).toBeNull();

    const page1 = await list(reader.token, '?limit=2');
    expect(page1.items.map((i) => i.id)).toEqual([last, tipId]);
    const page2 = await list(reader.token, `?limit=2&cursor=${page1.nextCursor ?? ''}`);
    expect(page2.items.map((i) => i.id)).toEqual([first]);
    expect(page2.nextCursor).toBeNull();

    expect((await list(reader.token, '?kind=tip')).items.map((i) => i.id)).toEqual([tipId]);
    expect((await list(reader.token, '?kind=advisory')).items.map((i) => i.id)).toEqual([
      last,
      first,
    ]);
    // Someone else's list has none of it.
    expect((await list(other.token)).items).toEqual([]);

    // Unpublished, withdrawn: still listed, not openable.
    await moveAdvisory(t, staffB, first, { action: 'unpublish', reason: '已过时效' });
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tips/${tipId}/withdrawal`,
      headers: bearer(authorToken),
    });
    expect(withdrawn.statusCode).toBe(200);
    const after = await list(reader.token);
    expect(after.items.map((i) => [i.id, i.available])).toEqual([
      [last, true],
      [tipId, false],
      [first, false],
    ]);
    // And cannot be kept anew.
    expect((await favorite('PUT', 'tip', tipId, other.token)).statusCode).toBe(404);
  });

  it('a bad cursor is a 400 with a Chinese message', async () => {
    const reader = await loginConsumer(t.app);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/favorites?cursor=nonsense',
      headers: bearer(reader.token),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
  });
});
