import { deliver } from '../../../../server/src/features/messages/messages-service';
import { ACTION_BODIES } from '../complaints';
import { transitionOk } from '../complaints';
import { get, post, type Recipe } from './recipe';
import type { AuthzWorld } from './world';

/** Messages of the victim and merchant A's owner (their complaints' status changes). */
let othersMessages: string[] = [];

async function loadOthersMessages(w: AuthzWorld): Promise<string[]> {
  const rows = await w.t.db.db
    .selectFrom('messages')
    .select('id')
    .where('user_id', 'in', [w.victim.userId, w.ownerA.userId])
    .execute();
  othersMessages = rows.map((r) => r.id);
  if (othersMessages.length === 0) throw new Error('the victim has no messages to probe with');
  return othersMessages;
}

async function messageFor(w: AuthzWorld, userId: string): Promise<string> {
  await deliver(w.t.db.db, new Date().toISOString(), [
    { userId, kind: 'complaint-status', title: '矩阵测试消息', body: '内容', link: null },
  ]);
  const row = await w.t.db.db
    .selectFrom('messages')
    .select('id')
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A complaint about an unregistered business, accepted and terminated by the setup account. */
async function terminatedComplaint(w: AuthzWorld): Promise<string> {
  const id = await w.complaint(w.victim);
  await transitionOk(w.t, w.setup.token, id, ACTION_BODIES.accept);
  await transitionOk(w.t, w.setup.token, id, ACTION_BODIES.terminate);
  return id;
}

const noticeBody = () => ({
  side: 'merchant',
  method: 'phone',
  notifiedAt: new Date().toISOString(),
});

/** The message centre and the 第二十一条 notice record. */
export const MESSAGE_RECIPES: Record<string, Recipe> = {
  'GET /api/v1/messages': {
    foreign: () => othersMessages,
    requests: async (_, { w }) => {
      await loadOthersMessages(w);
      return ['', '?unread=true', '?limit=50'].map((q) => get(`/api/v1/messages${q}`));
    },
  },
  'GET /api/v1/messages/unread-count': { requests: () => [get('/api/v1/messages/unread-count')] },
  'POST /api/v1/messages/{id}/read': {
    other: ({ w }) => loadOthersMessages(w),
    own: ({ w, who }) => messageFor(w, who.userId),
    requests: (id) => [post(`/api/v1/messages/${id}/read`, {})],
  },
  'POST /api/v1/messages/read-all': { requests: () => [post('/api/v1/messages/read-all', {})] },
  'GET /api/v1/complaints/{id}/termination-notices': {
    other: ({ w }) => w.once('terminated', () => terminatedComplaint(w)),
    requests: (id) => [get(`/api/v1/complaints/${id}/termination-notices`)],
  },
  'POST /api/v1/complaints/{id}/termination-notices': {
    other: ({ w }) => w.once('terminated', () => terminatedComplaint(w)),
    fresh: (w) => terminatedComplaint(w),
    requests: (id) => [post(`/api/v1/complaints/${id}/termination-notices`, noticeBody())],
  },
};
