import type { InjectOptions } from 'fastify';
import type { Checkin, StaffSession } from '@api/law';
import { bearer } from '../app';
import { sessionContent } from '../law-sessions';
import { get, post, type Recipe } from './recipe';
import type { AuthzWorld } from './world';

async function send<T = { id: string }>(w: AuthzWorld, request: InjectOptions): Promise<T> {
  const res = await w.t.app.inject({
    ...request,
    headers: { ...bearer(w.setup.token), 'idempotency-key': `authz-law-session-${Math.random()}` },
  });
  if (res.statusCode >= 300) throw new Error(`session setup: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

const HOUR = 3600_000;

/** A session by the setup account `startsIn` ms from now (two hours long). */
const body = (startsIn: number) => {
  const startsAt = new Date(Date.now() + startsIn);
  return sessionContent('2027-03-15', {
    topic: '矩阵测试普法活动',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
  });
};

async function session(w: AuthzWorld, published: boolean, startsIn = 10 * 24 * HOUR) {
  const { id } = await send(w, post('/api/v1/law/sessions', body(startsIn)));
  if (published)
    await send(w, post(`/api/v1/law/sessions/${id}/transitions`, { action: 'publish' }));
  return id;
}

const publishedSession = (w: AuthzWorld) => w.once('law-session:published', () => session(w, true));
const draftSession = (w: AuthzWorld) => w.once('law-session:draft', () => session(w, false));

/** A published session that is open for check-in now (it starts in half an hour); its code. */
const openCode = (w: AuthzWorld) =>
  w.once('law-session:open', async () => {
    const id = await session(w, true, HOUR / 2);
    return (await send<StaffSession>(w, get(`/api/v1/law/sessions/${id}/manage`))).checkinCode;
  });

/** A session only the setup account asked to be reminded of: nobody else's list may show it. */
let remindedId = '';
const remindedBySetup = (w: AuthzWorld) =>
  w.once('law-session:reminded', async () => {
    const id = await session(w, true);
    await send<unknown>(w, {
      method: 'PUT',
      url: `/api/v1/law/sessions/${id}/reminder`,
      payload: { subscribed: true },
    });
    remindedId = id;
    return id;
  });

let device = 0;
const deviceId = () => `authz-device-${String(device++).padStart(8, '0')}`;

/** 法润乡村: sessions, check-ins and feedback public; reminders the caller's own; the rest staff's. */
export const LAW_SESSION_RECIPES: Record<string, Recipe> = {
  'GET /api/v1/law/sessions': {
    requests: () => [
      get('/api/v1/law/sessions'),
      get('/api/v1/law/sessions?past=true&limit=5'),
      get('/api/v1/law/sessions?near=27.1,119.6'),
    ],
  },
  'GET /api/v1/law/sessions/{id}': {
    other: ({ w }) => publishedSession(w),
    requests: (id) => [get(`/api/v1/law/sessions/${id}`)],
  },
  'PUT /api/v1/law/sessions/{id}/reminder': {
    other: ({ w }) => publishedSession(w),
    requests: (id) => [
      { method: 'PUT', url: `/api/v1/law/sessions/${id}/reminder`, payload: { subscribed: false } },
    ],
  },
  'DELETE /api/v1/law/sessions/{id}/reminder': {
    other: ({ w }) => publishedSession(w),
    requests: (id) => [{ method: 'DELETE', url: `/api/v1/law/sessions/${id}/reminder` }],
  },
  'GET /api/v1/law/reminders/mine': {
    requests: async (_target, { w }) => {
      await remindedBySetup(w);
      return [get('/api/v1/law/reminders/mine')];
    },
    foreign: () => [remindedId],
  },
  'POST /api/v1/law/checkins': {
    requests: async (_target, { w }) => [
      post('/api/v1/law/checkins', { code: await openCode(w), deviceId: deviceId() }),
    ],
  },
  // Anyone holding a check-in's token; each allowed caller gives feedback on a new check-in.
  'POST /api/v1/law/feedback': {
    fresh: async (w) => {
      const res = await w.t.app.inject(
        post('/api/v1/law/checkins', { code: await openCode(w), deviceId: deviceId() }),
      );
      const checkin = res.json<Checkin>();
      return `${checkin.id} ${checkin.feedbackToken}`;
    },
    requests: (target) => {
      const [checkinId, feedbackToken] = (target ?? '').split(' ');
      return [
        post('/api/v1/law/feedback', { checkinId, feedbackToken, useful: 'yes', wantTopics: [] }),
      ];
    },
  },
  'GET /api/v1/law/sessions/manage': {
    requests: () => [
      get('/api/v1/law/sessions/manage'),
      get('/api/v1/law/sessions/manage?status=draft'),
    ],
  },
  'POST /api/v1/law/sessions': {
    requests: () => [post('/api/v1/law/sessions', body(10 * 24 * HOUR))],
  },
  'GET /api/v1/law/sessions/{id}/manage': {
    other: ({ w }) => draftSession(w),
    requests: (id) => [get(`/api/v1/law/sessions/${id}/manage`)],
  },
  'PUT /api/v1/law/sessions/{id}': {
    other: ({ w }) => draftSession(w),
    fresh: (w) => session(w, false),
    requests: (id) => [
      { method: 'PUT', url: `/api/v1/law/sessions/${id}`, payload: body(11 * 24 * HOUR) },
    ],
  },
  'POST /api/v1/law/sessions/{id}/transitions': {
    other: ({ w }) => draftSession(w),
    fresh: (w) => session(w, false),
    requests: (id) => [post(`/api/v1/law/sessions/${id}/transitions`, { action: 'publish' })],
  },
  'GET /api/v1/law/sessions/stats': { requests: () => [get('/api/v1/law/sessions/stats')] },
  'GET /api/v1/law/sessions/{id}/feedback': {
    other: ({ w }) => publishedSession(w),
    requests: (id) => [get(`/api/v1/law/sessions/${id}/feedback`)],
  },
  'GET /api/v1/law/sessions/{id}/qr': {
    other: ({ w }) => draftSession(w),
    requests: (id) => [get(`/api/v1/law/sessions/${id}/qr`)],
  },
};
