/**
 * Set-up for the 投诉信息公示 journey through the real server's API: the county publishes right
 * after a complaint ends (no waiting period), and complaints about one shop were handled to their
 * end — settled or terminated — before the journey starts.
 */
import type { Session } from '@api/auth';
import type { DisclosureSettings, Region } from '@api/region';
import { apiCall } from '../../support/api-client';
import { getJson } from '../../support/real-server';
import { devSession, fileComplaint } from './journey-seed';

/** Staff change the profile's disclosure rules (the rest of the profile as it is). */
export async function setDisclosureRules(
  origin: string,
  staff: Session,
  rules: DisclosureSettings,
) {
  const region = (await getJson<Region>(`${origin}/api/v1/region`)).body;
  await apiCall(origin, 'PUT', '/region', { ...region, disclosure: rules }, staff.token);
}

const step = (origin: string, staff: Session, id: string, body: object) =>
  apiCall(origin, 'POST', `/complaints/${id}/transitions`, body, staff.token);

/** Accepted, both sides agreed to mediation by phone (第十六条), mediation under way. */
async function mediate(origin: string, staff: Session, id: string) {
  await step(origin, staff, id, { action: 'accept' });
  for (const side of ['complainant', 'merchant'] as const) {
    await apiCall(
      origin,
      'POST',
      `/complaints/${id}/mediation-consent`,
      { side, decision: 'agree', method: 'phone' },
      staff.token,
    );
  }
  await step(origin, staff, id, { action: 'mediate', method: 'phone' });
}

export type Ending = 'settled' | 'terminated';

/**
 * One consumer per ending files a complaint about the shop, and staff handle it to that end.
 * Returns the complainants' sessions (their data must never show in the disclosure).
 */
export async function handledComplaints(
  origin: string,
  staff: Session,
  shop: { merchantId: string; name: string; address: string },
  endings: readonly Ending[],
): Promise<Session[]> {
  const consumers: Session[] = [];
  for (const [index, ending] of endings.entries()) {
    const consumer = await devSession(origin, `disclosure-consumer-${index}`);
    consumers.push(consumer);
    const filed = await fileComplaint(origin, consumer, shop);
    await mediate(origin, staff, filed.id);
    await step(
      origin,
      staff,
      filed.id,
      ending === 'settled'
        ? { action: 'settle', agreement: '商家同意退货并退还全部货款', amountRecovered: 299 }
        : { action: 'terminate', reason: 'no-agreement', note: '双方对退款金额分歧较大' },
    );
  }
  return consumers;
}
