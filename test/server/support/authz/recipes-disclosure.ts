import type { InjectOptions } from 'fastify';
import type { MyDisclosures, StaffRowList } from '@api/disclosure';
import { bearer, loginStaff } from '../app';
import { transitionOk } from '../complaints';
import { today } from '../merchants';
import { get, post, type Recipe } from './recipe';
import type { Account, AuthzWorld } from './world';

/**
 * 投诉信息公示 batches in the matrix. The profile publishes at once (no delay) and ranks from one
 * complaint, so merchant A's ended complaint is public; batches cover today.
 */

async function send(w: AuthzWorld, who: Account, request: InjectOptions) {
  const res = await w.as(who, {
    ...request,
    headers: { ...bearer(who.token), 'idempotency-key': `authz-disc-${Math.random()}` },
  });
  if (res.statusCode >= 300) throw new Error(`disclosure setup: ${res.statusCode} ${res.body}`);
  return res.json<Record<string, unknown>>();
}

/** The profile's disclosure rules for the matrix, and an ended complaint about A and about B. */
const ready = (w: AuthzWorld) =>
  w.once('disclosure:ready', async () => {
    const region = await w.region();
    region.disclosure = { publishDelayDays: 0, minComplaintsPerBusiness: 1 };
    await send(w, w.setup, { method: 'PUT', url: '/api/v1/region', payload: region });
    for (const merchantId of [w.others.merchant, w.merchantB]) {
      const id = await w.complaint(w.victim, merchantId);
      await transitionOk(w.t, w.setup.token, id, { action: 'accept' });
      await transitionOk(w.t, w.setup.token, id, { action: 'terminate', reason: 'no-agreement' });
    }
    return 'ready';
  });

const publisher = (w: AuthzWorld) =>
  w.once('disclosure:publisher', async () => (await loginStaff(w.t)).token);

async function batch(w: AuthzWorld, stage: 'draft' | 'notice'): Promise<string> {
  await ready(w);
  const day = today();
  const { id } = await send(
    w,
    w.setup,
    post('/api/v1/disclosure/batches', {
      title: '矩阵测试公示批次',
      kind: 'topic',
      periodFrom: day,
      periodTo: day,
    }),
  );
  if (stage === 'notice') {
    await send(
      w,
      w.setup,
      post(`/api/v1/disclosure/batches/${id}/transitions`, { action: 'notify' }),
    );
  }
  return id as string;
}

/** The batch's included row of a merchant. */
async function rowOf(w: AuthzWorld, batchId: string, merchantId: string): Promise<string> {
  const res = await w.as(
    w.setup,
    get(`/api/v1/disclosure/batches/${batchId}/rows?merchantId=${merchantId}&excluded=false`),
  );
  return res.json<StaffRowList>().items[0].id;
}

/** A response of merchant A in a batch in notice (every other business left out when `onlyA`). */
async function pendingResponse(
  w: AuthzWorld,
  onlyA = false,
): Promise<{ batchId: string; id: string }> {
  const batchId = await batch(w, onlyA ? 'draft' : 'notice');
  if (onlyA) {
    // Other recipes end complaints about other businesses today too: leave all of them out.
    const others: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: StaffRowList = (
        await w.as(
          w.setup,
          get(
            `/api/v1/disclosure/batches/${batchId}/rows?excluded=false&limit=50${cursor ? `&cursor=${cursor}` : ''}`,
          ),
        )
      ).json<StaffRowList>();
      others.push(...page.items.filter((r) => r.merchantId !== w.others.merchant).map((r) => r.id));
      cursor = page.nextCursor;
    }
    for (const rowId of others) {
      await send(w, w.setup, {
        method: 'PUT',
        url: `/api/v1/disclosure/batches/${batchId}/rows/${rowId}/exclusion`,
        payload: { reason: 'duplicate', note: '矩阵测试只公示A' },
      });
    }
    await send(
      w,
      w.setup,
      post(`/api/v1/disclosure/batches/${batchId}/transitions`, { action: 'notify' }),
    );
  }
  const rowId = await rowOf(w, batchId, w.others.merchant);
  const res = await send(
    w,
    w.ownerA,
    post(`/api/v1/disclosure/rows/${rowId}/responses`, {
      kind: 'statement',
      text: '本店已整改，增加售后专人负责处理投诉。',
    }),
  );
  return { batchId, id: res.id as string };
}

/** A published batch naming merchant A only (A answered, staff decided, a third published). */
const publishedBatch = (w: AuthzWorld) =>
  w.once('disclosure:published', async () => {
    const { batchId, id } = await pendingResponse(w, true);
    await send(
      w,
      w.setup,
      post(`/api/v1/disclosure/responses/${id}/decision`, {
        decision: 'upheld',
        remedy: 'publish-statement',
      }),
    );
    await send(
      w,
      w.setup,
      post(`/api/v1/disclosure/batches/${batchId}/transitions`, { action: 'submit' }),
    );
    const res = await w.t.app.inject({
      ...post(`/api/v1/disclosure/batches/${batchId}/transitions`, { action: 'publish' }),
      headers: bearer(await publisher(w)),
    });
    if (res.statusCode !== 200) throw new Error(`publish: ${res.statusCode} ${res.body}`);
    return batchId;
  });

const draft = (w: AuthzWorld) => w.once('disclosure:draft', () => batch(w, 'draft'));
const notice = (w: AuthzWorld) => w.once('disclosure:notice', () => batch(w, 'notice'));
/** Merchant A's row ids in the batch in notice: no other business may see them. */
const foreignRows = new Map<AuthzWorld, string[]>();
const noticeWithRows = (w: AuthzWorld) =>
  w.once('disclosure:notice-rows', async () => {
    const id = await notice(w);
    foreignRows.set(w, [await rowOf(w, id, w.others.merchant)]);
    return id;
  });

/** "batchId/rowId" of merchant A's row in a draft, excluded by hand when `excluded`. */
async function rowTarget(w: AuthzWorld, excluded: boolean): Promise<string> {
  const batchId = excluded ? await batch(w, 'draft') : await draft(w);
  const rowId = await rowOf(w, batchId, w.others.merchant);
  if (excluded) {
    await send(w, w.setup, {
      method: 'PUT',
      url: `/api/v1/disclosure/batches/${batchId}/rows/${rowId}/exclusion`,
      payload: { reason: 'duplicate', note: '矩阵测试重复' },
    });
  }
  return `${batchId}/${rowId}`;
}

const exclusionUrl = (target?: string) => {
  const [batchId, rowId] = (target ?? '/').split('/');
  return `/api/v1/disclosure/batches/${batchId}/rows/${rowId}/exclusion`;
};

/** The caller's own business's row in the batch in notice (merchant callers only). */
async function ownRow(w: AuthzWorld, who: Account): Promise<string> {
  const batchId = await noticeWithRows(w);
  const mine = await w.as(who, get('/api/v1/disclosure/mine'));
  const item = mine.json<MyDisclosures>().items.find((i) => i.batch.id === batchId);
  if (!item) throw new Error(`no own row: ${mine.body}`);
  return item.rows[0].id;
}

const responseBody = { kind: 'objection', text: '该投诉已与消费者和解，请核实后更正。' };

export const DISCLOSURE_RECIPES: Record<string, Recipe> = {
  'GET /api/v1/disclosure/batches': { requests: () => [get('/api/v1/disclosure/batches')] },
  'GET /api/v1/disclosure/batches/{id}': {
    other: ({ w }) => publishedBatch(w),
    requests: (id) => [get(`/api/v1/disclosure/batches/${id}`)],
  },
  'GET /api/v1/disclosure/batches/{id}/businesses/{merchantId}': {
    other: ({ w }) => publishedBatch(w),
    requests: (id, { w }) => [
      get(`/api/v1/disclosure/batches/${id}/businesses/${w.others.merchant}`),
    ],
  },
  'GET /api/v1/disclosure/batches/{id}/csv': {
    other: ({ w }) => publishedBatch(w),
    requests: (id) => [get(`/api/v1/disclosure/batches/${id}/csv`)],
  },
  'GET /api/v1/disclosure/batches/{id}/print': {
    other: ({ w }) => publishedBatch(w),
    requests: (id) => [get(`/api/v1/disclosure/batches/${id}/print`)],
  },
  'POST /api/v1/disclosure/batches': {
    requests: () => [
      post('/api/v1/disclosure/batches', {
        title: '矩阵测试新建批次',
        kind: 'period',
        periodFrom: today(),
        periodTo: today(),
      }),
    ],
  },
  'GET /api/v1/disclosure/manage': {
    requests: () => [
      get('/api/v1/disclosure/manage'),
      get('/api/v1/disclosure/manage?status=draft'),
    ],
  },
  'GET /api/v1/disclosure/batches/{id}/manage': {
    other: ({ w }) => draft(w),
    requests: (id) => [get(`/api/v1/disclosure/batches/${id}/manage`)],
  },
  'GET /api/v1/disclosure/batches/{id}/preview': {
    other: ({ w }) => draft(w),
    requests: (id) => [get(`/api/v1/disclosure/batches/${id}/preview`)],
  },
  'GET /api/v1/disclosure/batches/{id}/rows': {
    other: ({ w }) => draft(w),
    requests: (id) => [
      get(`/api/v1/disclosure/batches/${id}/rows`),
      get(`/api/v1/disclosure/batches/${id}/rows?excluded=true`),
    ],
  },
  'PUT /api/v1/disclosure/batches/{id}/rows/{rowId}/exclusion': {
    other: ({ w }) => w.once('disclosure:row', () => rowTarget(w, false)),
    requests: (target) => [
      {
        method: 'PUT',
        url: exclusionUrl(target),
        payload: { reason: 'malicious', note: '矩阵测试排除' },
      },
    ],
  },
  'DELETE /api/v1/disclosure/batches/{id}/rows/{rowId}/exclusion': {
    other: ({ w }) => w.once('disclosure:excluded-row', () => rowTarget(w, true)),
    fresh: (w) => rowTarget(w, true),
    requests: (target) => [{ method: 'DELETE', url: exclusionUrl(target) }],
  },
  'GET /api/v1/disclosure/batches/{id}/responses': {
    other: ({ w }) => notice(w),
    requests: (id) => [get(`/api/v1/disclosure/batches/${id}/responses?decision=pending`)],
  },
  'POST /api/v1/disclosure/responses/{id}/decision': {
    other: ({ w }) => w.once('disclosure:response', async () => (await pendingResponse(w)).id),
    fresh: async (w) => (await pendingResponse(w)).id,
    requests: (id) => [
      post(`/api/v1/disclosure/responses/${id}/decision`, {
        decision: 'refused',
        reason: '与事实不符',
      }),
    ],
  },
  'POST /api/v1/disclosure/batches/{id}/transitions': {
    other: ({ w }) => draft(w),
    fresh: (w) => batch(w, 'draft'),
    requests: (id) => [post(`/api/v1/disclosure/batches/${id}/transitions`, { action: 'notify' })],
  },
  'POST /api/v1/disclosure/batches/{id}/corrections': {
    other: ({ w }) => publishedBatch(w),
    requests: (id) => [
      post(`/api/v1/disclosure/batches/${id}/corrections`, { changeNote: '矩阵测试更正' }),
    ],
  },
  // Each business sees only its own batches and rows.
  'GET /api/v1/disclosure/mine': {
    other: ({ w }) => noticeWithRows(w),
    requests: () => [get('/api/v1/disclosure/mine')],
    foreign: (w) => foreignRows.get(w) ?? [],
  },
  'POST /api/v1/disclosure/rows/{rowId}/responses': {
    other: async ({ w }) => {
      await noticeWithRows(w);
      return foreignRows.get(w)![0];
    },
    own: ({ w, who }) => ownRow(w, who),
    requests: (rowId) => [post(`/api/v1/disclosure/rows/${rowId}/responses`, responseBody)],
  },
};
