import type { MyTip, TipReportCreated } from '@api/tips';
import { loginConsumer } from '../app';
import { upload } from '../merchants';
import { get, post, type Recipe } from './recipe';
import type { Account, AuthzWorld } from './world';

/** 消费小贴士: the victim's tips are someone else's; fresh consumers write the used-up ones. */

let serial = 0;
const tipBody = (photos: string[] = []) => ({
  title: '矩阵测试小贴士',
  body: `买东西要保留好发票和收据，出了问题才好维权（第${++serial}条）。`,
  category: '其他',
  photos,
});

async function writeTip(w: AuthzWorld, by: Account, photos: string[] = []): Promise<string> {
  const res = await w.as(by, { method: 'POST', url: '/api/v1/tips', payload: tipBody(photos) });
  if (res.statusCode !== 201) throw new Error(`tip failed: ${res.statusCode} ${res.body}`);
  return res.json<MyTip>().id;
}

async function approve(w: AuthzWorld, id: string): Promise<string> {
  const res = await w.as(w.setup, {
    method: 'POST',
    url: `/api/v1/tips/${id}/moderation`,
    payload: { decision: 'approve' },
  });
  if (res.statusCode !== 200) throw new Error(`approve failed: ${res.statusCode} ${res.body}`);
  return id;
}

const freshAuthor = async (w: AuthzWorld) => {
  const s = await loginConsumer(w.t.app);
  return { token: s.token, userId: s.user.id };
};

/** The victim's published tip (with a photo): [tip id, photo id]. */
const victimTip = (w: AuthzWorld) =>
  w.once('tip', async () => {
    const photo = (await upload(w.t, w.victim.token, 'evidence')).id;
    const id = await approve(w, await writeTip(w, w.victim, [photo]));
    return `${id}/${photo}`;
  });
export const victimTipId = async (w: AuthzWorld) => (await victimTip(w)).split('/')[0];

const pendingTip = async (w: AuthzWorld) => writeTip(w, await freshAuthor(w));
const publishedTip = async (w: AuthzWorld) => approve(w, await pendingTip(w));

async function openReport(w: AuthzWorld): Promise<string> {
  const id = await publishedTip(w);
  const res = await w.as(await freshAuthor(w), {
    method: 'POST',
    url: `/api/v1/tips/${id}/reports`,
    payload: { reason: '虚假信息' },
  });
  if (res.statusCode !== 201) throw new Error(`report failed: ${res.statusCode} ${res.body}`);
  return res.json<TipReportCreated>().id;
}

let victimTips: string[] = [];

export const TIP_RECIPES: Record<string, Recipe> = {
  'POST /api/v1/tips': {
    requests: () => [post('/api/v1/tips', tipBody())],
    foreignRefs: async ({ w }) => [post('/api/v1/tips', tipBody([w.others.evidence]))],
  },
  'GET /api/v1/tips': {
    requests: () => [
      get('/api/v1/tips'),
      get('/api/v1/tips?q=%E7%9F%A9&category=%E5%85%B6%E4%BB%96'),
    ],
  },
  'GET /api/v1/tips/mine': {
    foreign: () => victimTips,
    requests: async (_, { w }) => {
      victimTips = [
        await victimTipId(w),
        await w.once('victim-pending', () => writeTip(w, w.victim)),
      ];
      return [get('/api/v1/tips/mine')];
    },
  },
  'GET /api/v1/tips/queue': { requests: () => [get('/api/v1/tips/queue')] },
  'GET /api/v1/tips/{id}': {
    other: ({ w }) => victimTipId(w),
    requests: (id) => [get(`/api/v1/tips/${id}`)],
  },
  'GET /api/v1/tips/{id}/photos/{photoId}': {
    other: ({ w }) => victimTip(w),
    requests: (idAndPhoto) => [
      get(`/api/v1/tips/${idAndPhoto}`.replace(/\/([^/]+)$/, '/photos/$1')),
    ],
  },
  'POST /api/v1/tips/{id}/withdrawal': {
    other: ({ w }) => victimTipId(w),
    own: ({ w, who }) => writeTip(w, who),
    requests: (id) => [post(`/api/v1/tips/${id}/withdrawal`, {})],
  },
  'PUT /api/v1/tips/{id}/useful': {
    other: ({ w }) => victimTipId(w),
    requests: (id) => [{ method: 'PUT', url: `/api/v1/tips/${id}/useful`, payload: {} }],
  },
  'POST /api/v1/tips/{id}/reports': {
    other: ({ w }) => victimTipId(w),
    requests: (id) => [post(`/api/v1/tips/${id}/reports`, { reason: '广告推广' })],
  },
  'POST /api/v1/tips/{id}/moderation': {
    other: ({ w }) => w.once('pending-tip', () => pendingTip(w)),
    fresh: (w) => pendingTip(w),
    requests: (id) => [post(`/api/v1/tips/${id}/moderation`, { decision: 'approve' })],
  },
  'POST /api/v1/tips/{id}/promotion': {
    other: ({ w }) => w.once('promotable-tip', () => publishedTip(w)),
    fresh: (w) => publishedTip(w),
    requests: (id) => [post(`/api/v1/tips/${id}/promotion`, {})],
  },
  'GET /api/v1/tip-reports': { requests: () => [get('/api/v1/tip-reports')] },
  'POST /api/v1/tip-reports/{id}/resolution': {
    other: ({ w }) => w.once('tip-report', () => openReport(w)),
    fresh: (w) => openReport(w),
    requests: (id) => [post(`/api/v1/tip-reports/${id}/resolution`, { action: 'dismiss' })],
  },
};
