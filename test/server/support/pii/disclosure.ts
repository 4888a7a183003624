/**
 * 投诉信息公示 in the personal-data scan: a complaint about merchant A carrying the complainant's
 * personal data, ended; a batch of today that names it, A's statement upheld, published by a
 * second staff member. The scan then reads every public and merchant disclosure route.
 */
import type { ComplaintCreated } from '@api/complaints';
import type { MyDisclosures } from '@api/disclosure';
import { bearer, loginStaff, type TestApp } from '../app';
import { complaintBody } from '../complaints';
import { today } from '../merchants';
import { COMPLAINANT, FACTS } from './needles';

type Send = (
  what: string,
  by: 'staff' | 'merchant' | 'complainant',
  url: string,
  payload: object,
) => Promise<Record<string, unknown>>;

async function inject(
  t: TestApp,
  token: string,
  method: 'GET' | 'PUT' | 'POST',
  url: string,
  payload?: object,
) {
  const res = await t.app.inject({
    method,
    url,
    headers: bearer(token),
    ...(payload && { payload }),
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res;
}

/** Returns the ids a caller could know: the published batch. */
export async function publishDisclosure(
  t: TestApp,
  send: Send,
  tokens: { staff: string; merchant: string },
  shop: { merchantId: string; name: string },
): Promise<string[]> {
  // Publish at once and from one complaint, so this single complaint is public.
  const region = (await t.app.inject({ method: 'GET', url: '/api/v1/region' })).json();
  region.disclosure = { publishDelayDays: 0, minComplaintsPerBusiness: 1 };
  await inject(t, tokens.staff, 'PUT', '/api/v1/region', region);

  const ended = (await send(
    'file complaint to publish',
    'complainant',
    '/api/v1/complaints',
    complaintBody({
      merchant: { merchantId: shop.merchantId, name: shop.name, address: '城关镇' },
      complainant: COMPLAINANT,
      facts: FACTS,
    }),
  )) as unknown as ComplaintCreated;
  const complaintUrl = `/api/v1/complaints/${ended.id}/transitions`;
  await send('accept to publish', 'staff', complaintUrl, { action: 'accept' });
  await send('terminate to publish', 'staff', complaintUrl, {
    action: 'terminate',
    reason: 'no-agreement',
  });

  const batch = await send('create batch', 'staff', '/api/v1/disclosure/batches', {
    title: '个人信息核查公示批次',
    kind: 'topic',
    periodFrom: today(),
    periodTo: today(),
  });
  const batchId = String(batch.id);
  const moveUrl = `/api/v1/disclosure/batches/${batchId}/transitions`;
  await send('notify', 'staff', moveUrl, { action: 'notify' });
  const mine = (
    await inject(t, tokens.merchant, 'GET', '/api/v1/disclosure/mine')
  ).json<MyDisclosures>();
  const row = mine.items.find((i) => i.batch.id === batchId)!.rows[0];
  const response = await send(
    'statement',
    'merchant',
    `/api/v1/disclosure/rows/${row.id}/responses`,
    {
      kind: 'statement',
      text: '本店已整改，安排专人处理售后问题。',
    },
  );
  await send('uphold', 'staff', `/api/v1/disclosure/responses/${String(response.id)}/decision`, {
    decision: 'upheld',
    remedy: 'publish-statement',
  });
  await send('submit', 'staff', moveUrl, { action: 'submit' });
  const publisher = await loginStaff(t);
  await inject(t, publisher.token, 'POST', moveUrl, { action: 'publish' });
  // The batch is the one id its GET routes take (the merchant id is known already).
  return [batchId];
}
