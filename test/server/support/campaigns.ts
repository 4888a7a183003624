import type { ActiveCampaigns, CampaignContent, CampaignCreated } from '@api/campaigns';
import { bearer, type TestApp } from './app';

/** 专项整治 helpers shared by the campaigns tests. */

/** 10:00 in Shanghai on that day. */
export const shanghaiMorning = (day: string) => new Date(`${day}T02:00:00.000Z`);

/** A valid staff campaign running 2027-03-01 … 2027-04-30. */
export const campaignContent = (over: Partial<CampaignContent> = {}): CampaignContent => ({
  name: '校园周边食品安全专项检查',
  periodFrom: '2027-03-01',
  periodTo: '2027-04-30',
  leadUnit: '县市场监管局食品安全监管股',
  targets: '校园周边小卖部和小餐饮：“三无”食品、过期食品。\n第二行不进摘要。',
  reportable: ['“三无”食品', '过期食品'],
  legalBasis: [{ law: '《中华人民共和国食品安全法》', article: '第三十四条' }],
  advisoryIds: [],
  ...over,
});

let idem = 0;

/**
 * The campaign routes of the app `app()` (read when called: tests build it in beforeAll), as
 * `token()` unless another token is given.
 */
export function campaignCalls(app: () => TestApp, token: () => string) {
  const as = (who: string) => ({ headers: bearer(who) });
  const get = (url: string, who?: string) =>
    app().app.inject({ method: 'GET', url: `/api/v1${url}`, ...(who && as(who)) });
  const create = (body: unknown, who = token()) =>
    app().app.inject({
      method: 'POST',
      url: '/api/v1/campaigns',
      payload: body as object,
      headers: { ...bearer(who), 'idempotency-key': `camp-${idem++}` },
    });
  const edit = (id: string, body: unknown, who = token()) =>
    app().app.inject({
      method: 'PUT',
      url: `/api/v1/campaigns/${id}`,
      payload: body as object,
      ...as(who),
    });
  const move = (id: string, payload: object, who = token()) =>
    app().app.inject({
      method: 'POST',
      url: `/api/v1/campaigns/${id}/transitions`,
      payload,
      ...as(who),
    });
  /** A draft that must be created; its id. */
  const created = async (body: CampaignContent = campaignContent()) => {
    const res = await create(body);
    if (res.statusCode !== 201) throw new Error(`campaign failed: ${res.statusCode} ${res.body}`);
    return res.json<CampaignCreated>().id;
  };
  /** A campaign created and published; its id. */
  const published = async (body: CampaignContent = campaignContent()) => {
    const id = await created(body);
    const res = await move(id, { action: 'publish' });
    if (res.statusCode !== 200) throw new Error(`publish failed: ${res.statusCode} ${res.body}`);
    return id;
  };
  const active = async () => (await get('/campaigns/active')).json<ActiveCampaigns>().items;
  return { as, get, create, edit, move, created, published, active };
}
