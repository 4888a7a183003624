/**
 * A few real objects for the fuzz to name, made through the API itself (so the same code runs
 * against inject() and a real server): a consumer, a verified merchant, a complaint against it,
 * a quiz paper; then every list the callers can read, for the ids it holds.
 */
import type { Session } from '@api/auth';
import { complaintBody } from '../complaints';
import { registration, testCode } from '../merchants';
import { buildCallers, oddAuthorizations, type Callers } from './callers';
import type { FuzzRequest } from './cases';
import type { FuzzResponse } from './check';
import type { Operation } from './openapi';
import { HarvestPool } from './pool';

export type Send = (request: FuzzRequest) => Promise<FuzzResponse>;

export interface World {
  pool: HarvestPool;
  callers: Callers;
  oddAuthorizations: string[];
  /** Requests the set-up sent (not counted as fuzz). */
  setupRequests: number;
}

const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export async function buildWorld(options: {
  send: Send;
  operations: Operation[];
  /** Signed-in staff and admin sessions (how depends on where the server runs). */
  staff: Session;
  admin: Session;
  jwtSecret: string;
  /** Distinguishes runs against the same database (openids, credit codes). */
  tag: string;
}): Promise<World> {
  const { operations, staff, admin, tag } = options;
  const pool = new HarvestPool(new Set(operations.map((op) => op.path.split('/')[3] ?? '')));
  let setupRequests = 0;
  const send: Send = async (req) => {
    setupRequests++;
    const res = await options.send(req);
    if (res.status < 300) pool.harvest(req.url, res.body);
    return res;
  };
  const call = async <T>(method: string, url: string, token?: string, body?: unknown) => {
    const res = await send({
      method,
      url: `/api/v1${url}`,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300)
      throw new Error(`fuzz set-up: ${method} ${url} → ${res.status} ${res.body}`);
    return JSON.parse(res.body) as T;
  };

  const consumer = await call<Session>('POST', '/auth/dev', undefined, { openid: `fz-c-${tag}` });
  const merchant = await call<Session>('POST', '/auth/dev', undefined, { openid: `fz-m-${tag}` });
  const boundary = 'fzworld';
  const upload = await send({
    method: 'POST',
    url: '/api/v1/uploads?purpose=licence',
    headers: {
      authorization: `Bearer ${merchant.token}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    body: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="l.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      TINY_PNG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
  if (upload.status !== 201)
    throw new Error(`fuzz set-up: upload → ${upload.status} ${upload.body}`);
  const licence = (JSON.parse(upload.body) as { id: string }).id;
  const membership = await call<{ id: string; merchantId: string }>(
    'POST',
    '/merchants',
    merchant.token,
    registration({ licencePhoto: licence, creditCode: testCode(7000 + (hash(tag) % 1000)) }),
  );
  await call('POST', `/merchants/memberships/${membership.id}/verification`, staff.token, {
    decision: 'approve',
  });
  const merchantId = membership.merchantId;
  await call(
    'POST',
    '/complaints',
    consumer.token,
    complaintBody({
      merchant: { merchantId, name: '测试便民超市', address: '城关镇测试路8号' },
    }),
  );
  await call('POST', '/quiz/papers', consumer.token, {});
  // A published 消费小贴士 with a 不当内容 report, for the tips routes to name.
  const tip = await call<{ id: string }>('POST', '/tips', consumer.token, {
    title: '模糊测试小贴士',
    body: `购物时请索要发票并妥善保存，以便维权时使用（${tag}）。`,
    category: '其他',
  });
  await call('POST', `/tips/${tip.id}/moderation`, staff.token, { decision: 'approve' });
  await call('POST', `/tips/${tip.id}/reports`, merchant.token, { reason: '其他' });
  // A published 警示 (written by staff, published by the admin) for the advisories routes.
  const advisory = await call<{ id: string }>('POST', '/advisories', staff.token, {
    kind: '警示',
    title: '模糊测试消费警示',
    body: `请警惕**低价**预付卡陷阱（${tag}）。`,
    images: [],
    category: '其他',
    issuer: '青山县市场监督管理局',
    legalBasis: [{ law: '消费者权益保护法', article: '第五十六条' }],
  });
  await call('POST', `/advisories/${advisory.id}/transitions`, staff.token, { action: 'submit' });
  await call('POST', `/advisories/${advisory.id}/transitions`, admin.token, { action: 'publish' });
  // A 投诉信息公示 batch of today (a draft, with the complaint above as a row).
  const shanghaiToday = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  await call('POST', '/disclosure/batches', staff.token, {
    title: `模糊测试公示批次${tag}`.slice(0, 40),
    kind: 'topic',
    periodFrom: shanghaiToday,
    periodTo: shanghaiToday,
  });
  // 举报 about the merchant, real-name by the consumer and anonymous, for the reports routes.
  for (const [reporter, token] of [
    [{ kind: 'real-name', name: '模糊测试', phone: '13800001234' }, consumer.token],
    [{ kind: 'anonymous' }, undefined],
  ] as const) {
    await call('POST', '/reports', token, {
      reporter,
      business: { merchantId, name: '测试便民超市', address: '城关镇测试路8号' },
      description: `店内销售过期食品，货架上多件商品已过保质期（${tag}，${reporter.kind}）。`,
      seenOn: shanghaiToday,
      place: '城关镇测试路8号店内',
      photos: [],
      wantsReply: false,
    });
  }

  // A published 法润乡村 session open for check-in (it starts in half an hour), for the law routes.
  const startsAt = new Date(Date.now() + 1800_000);
  const session = await call<{ id: string }>('POST', '/law/sessions', staff.token, {
    topic: `模糊测试普法活动${tag}`.slice(0, 40),
    town: '青石镇',
    village: '石门村',
    place: '村委会文化礼堂',
    location: { latitude: 27.1, longitude: 119.6 },
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
    speakerUnit: '县市场监管局',
  });
  await call('POST', `/law/sessions/${session.id}/transitions`, staff.token, { action: 'publish' });

  // Every list without path parameters, as each signed-in caller: more ids for the pool.
  const lists = operations.filter(
    (op) =>
      op.method === 'GET' &&
      !op.binary &&
      !op.pathParams.length &&
      !op.query.some((q) => q.required),
  );
  for (const op of lists) {
    for (const token of [consumer.token, merchant.token, staff.token, admin.token]) {
      await send({ method: 'GET', url: op.path, headers: { authorization: `Bearer ${token}` } });
    }
  }

  // Then each read of one object, with an id of its kind: the ids nested in it (pledges…).
  const reads = operations.filter(
    (op) =>
      op.method === 'GET' &&
      !op.binary &&
      op.pathParams.length === 1 &&
      !op.query.some((q) => q.required),
  );
  for (const op of reads) {
    const segment = op.path.split('/')[3] ?? '';
    const name = op.pathParams[0].name;
    const ids = name === 'id' ? pool.bySegment(segment) : pool.byName(name);
    for (const id of ids.slice(0, 3)) {
      const url = op.path.replace(`{${name}}`, encodeURIComponent(id));
      await send({ method: 'GET', url, headers: { authorization: `Bearer ${admin.token}` } });
    }
  }

  const callers = buildCallers(
    { consumer: consumer.token, merchant: merchant.token, staff: staff.token, admin: admin.token },
    admin.user,
    consumer.user,
    options.jwtSecret,
  );
  return {
    pool,
    callers,
    oddAuthorizations: oddAuthorizations(options.jwtSecret, consumer.user.id),
    setupRequests,
  };
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return h;
}
