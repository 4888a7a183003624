/**
 * A published 投诉公示 batch made through the real server's API, as people would make it: two
 * registered shops in different industries, complaints about them handled to their end, staff
 * open a batch of today, both shops add a statement, staff accept both, a second staff member
 * publishes. The county publishes right after a complaint ends and ranks businesses from 2
 * complaints, so shop A (3 complaints) is ranked and shop B (1) is only counted.
 */
import type { Session } from '@api/auth';
import type {
  BatchCreated,
  DisclosureResponse,
  MyDisclosures,
  ResponseList,
} from '@api/disclosure';
import type { ComplaintPage } from '@api/complaints';
import type { Membership } from '@api/merchants';
import type { Region } from '@api/region';
import { apiCall, uploadPng } from '../../support/api-client';
import { getJson } from '../../support/real-server';
import { signInNewStaff } from '../../support/staff';
import {
  handledComplaints,
  setDisclosureRules,
  type Ending,
} from '../../e2e/support/disclosure-seed';
import { approveShop, creditCode, devSession } from '../../e2e/support/journey-seed';

export interface World {
  batchId: string;
  shops: { merchantId: string; name: string; industry: string; statement: string }[];
  /** Every personal string of the complainants' complaints (never shown publicly). */
  personal: string[];
}

/** The complainant and the facts that fileComplaint sends, and staff's messages on them. */
const PERSONAL = [
  '张三',
  '13812345678',
  '城关镇幸福小区3栋2单元',
  '购买的电饭煲使用三天后无法加热',
  '商家同意退货并退还全部货款',
  '双方对退款金额分歧较大',
];

const SHOPS: { key: string; name: string; endings: Ending[]; statement: string }[] = [
  {
    key: 'WXPDA0001',
    name: '公示甲便利店',
    endings: ['settled', 'settled', 'terminated'],
    statement: '门店已按协议全额退款，并对店员加强了售后培训。',
  },
  {
    key: 'WXPDB0002',
    name: '公示乙家电维修部',
    endings: ['settled'],
    statement: '已与消费者协商一致，上门更换了配件并退还差价。',
  },
];

async function registerShop(
  origin: string,
  owner: Session,
  name: string,
  key: string,
  industry: string,
) {
  const region = (await getJson<Region>(`${origin}/api/v1/region`)).body;
  const licence = await uploadPng(origin, 'licence', owner.token);
  return apiCall<Membership>(
    origin,
    'POST',
    '/merchants',
    {
      creditCode: creditCode(key),
      name,
      type: '个体工商户',
      industry,
      town: region.towns[0],
      address: `${region.towns[0]}人民路${key.slice(-2)}号`,
      contactName: '林老板',
      contactPhone: '13900002222',
      licencePhoto: licence.id,
    },
    owner.token,
  );
}

const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

export async function publishedWorld(origin: string, dataDir: string): Promise<World> {
  const maker = await signInNewStaff(origin, dataDir, 'weapp-disclosure-maker');
  const approver = await signInNewStaff(origin, dataDir, 'weapp-disclosure-approver');
  await setDisclosureRules(origin, maker, { publishDelayDays: 0, minComplaintsPerBusiness: 2 });
  const region = (await getJson<Region>(`${origin}/api/v1/region`)).body;

  const shops: World['shops'] = [];
  const owners: Session[] = [];
  const personal = [...PERSONAL];
  for (const [index, shop] of SHOPS.entries()) {
    const owner = await devSession(origin, `weapp-disclosure-owner-${index}`);
    const industry = region.industries[index];
    const membership = await registerShop(origin, owner, shop.name, shop.key, industry);
    await approveShop(origin, maker, shop.name);
    const address = `${region.towns[0]}人民路${shop.key.slice(-2)}号`;
    await handledComplaints(
      origin,
      maker,
      { merchantId: membership.merchantId, name: shop.name, address },
      shop.endings,
    );
    owners.push(owner);
    shops.push({
      merchantId: membership.merchantId,
      name: shop.name,
      industry,
      statement: shop.statement,
    });
  }
  // Tracking numbers are for staff and the business only.
  const filed = await apiCall<ComplaintPage>(
    origin,
    'GET',
    '/complaints?limit=50',
    undefined,
    maker.token,
  );
  const complaints = SHOPS.reduce((n, shop) => n + shop.endings.length, 0);
  if (filed.items.length !== complaints) throw new Error(`expected ${complaints} complaints`);
  personal.push(...filed.items.map((complaint) => complaint.trackingNo));

  const today = shanghaiToday();
  const batch = await apiCall<BatchCreated>(
    origin,
    'POST',
    '/disclosure/batches',
    { title: '今日投诉信息公示', kind: 'topic', periodFrom: today, periodTo: today },
    maker.token,
  );
  const transition = (token: string, action: string) =>
    apiCall(origin, 'POST', `/disclosure/batches/${batch.id}/transitions`, { action }, token);
  await transition(maker.token, 'notify');

  // Each shop adds its statement on its first row.
  for (const [index, owner] of owners.entries()) {
    const mineNow = await apiCall<MyDisclosures>(
      origin,
      'GET',
      '/disclosure/mine',
      undefined,
      owner.token,
    );
    const item = mineNow.items.find((i) => i.batch.id === batch.id);
    if (!item?.rows.length) throw new Error(`${SHOPS[index].name} sees no row of the batch`);
    await apiCall<DisclosureResponse>(
      origin,
      'POST',
      `/disclosure/rows/${item.rows[0].id}/responses`,
      { kind: 'statement', text: SHOPS[index].statement },
      owner.token,
    );
  }
  const responses = await apiCall<ResponseList>(
    origin,
    'GET',
    `/disclosure/batches/${batch.id}/responses?decision=pending`,
    undefined,
    maker.token,
  );
  for (const response of responses.items) {
    await apiCall(
      origin,
      'POST',
      `/disclosure/responses/${response.id}/decision`,
      { decision: 'upheld', remedy: 'publish-statement' },
      maker.token,
    );
  }
  await transition(maker.token, 'submit');
  await transition(approver.token, 'publish');
  return { batchId: batch.id, shops, personal };
}
