/** Published advisories and tips for the reading and sharing tests (favorites, stats). */
import { randomBytes } from 'node:crypto';
import type { AdvisoryContent, AdvisoryCreated } from '@api/advisories';
import type { MyTip } from '@api/tips';
import { bearer, loginConsumer, type TestApp } from './app';

export const advisoryContent = (over: Partial<AdvisoryContent> = {}): AdvisoryContent => ({
  kind: '提示',
  title: '开学季培训消费提示',
  body: '报班前请注意：\n\n- 查看办学资质\n- 不要一次交太多学费',
  images: [],
  category: '教育培训',
  issuer: '青山县市场监督管理局',
  legalBasis: [{ law: '消费者权益保护法', article: '第五十三条' }],
  ...over,
});

async function send(t: TestApp, token: string, method: 'POST' | 'PUT', url: string, payload = {}) {
  const res = await t.app.inject({
    method,
    url,
    payload,
    headers: { ...bearer(token), 'idempotency-key': `reading-${randomBytes(6).toString('hex')}` },
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res;
}

/** An advisory written by `author`, submitted, and published by `publisher`: its id. */
export async function publishAdvisory(
  t: TestApp,
  author: string,
  publisher: string,
  over: Partial<AdvisoryContent> = {},
): Promise<string> {
  const created = await send(t, author, 'POST', '/api/v1/advisories', advisoryContent(over));
  const { id } = created.json<AdvisoryCreated>();
  await send(t, author, 'POST', `/api/v1/advisories/${id}/transitions`, { action: 'submit' });
  await send(t, publisher, 'POST', `/api/v1/advisories/${id}/transitions`, { action: 'publish' });
  return id;
}

/** A staff transition (unpublish with a reason, …) of an advisory. */
export const moveAdvisory = (t: TestApp, token: string, id: string, payload: object) =>
  send(t, token, 'POST', `/api/v1/advisories/${id}/transitions`, payload);

/** A tip by a new consumer, approved by `staff`: the tip and its author's token. */
export async function publishTip(
  t: TestApp,
  staff: string,
  title = '预付卡充值要谨慎',
): Promise<{ id: string; authorToken: string }> {
  const author = await loginConsumer(t.app);
  const tip = await send(t, author.token, 'POST', '/api/v1/tips', {
    title,
    body: `办卡前看清合同条款，保留好收据，不要一次充值太多（${randomBytes(3).toString('hex')}）。`,
    category: '预付式消费',
  });
  const { id } = tip.json<MyTip>();
  await send(t, staff, 'POST', `/api/v1/tips/${id}/moderation`, { decision: 'approve' });
  return { id, authorToken: author.token };
}
