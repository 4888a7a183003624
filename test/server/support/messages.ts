import type { Message, MessagePage, TerminationNotices } from '@api/messages';
import { bearer, loginConsumer, type TestApp } from './app';
import { register, testCode, verify } from './merchants';

let codeSerial = 700;

export async function messagesOf(t: TestApp, token: string, query = ''): Promise<Message[]> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/messages${query}`,
    headers: bearer(token),
  });
  if (res.statusCode !== 200) throw new Error(`messages failed: ${res.statusCode} ${res.body}`);
  return res.json<MessagePage>().items;
}

export async function unreadCountOf(t: TestApp, token: string): Promise<number> {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/v1/messages/unread-count',
    headers: bearer(token),
  });
  if (res.statusCode !== 200) throw new Error(`count failed: ${res.statusCode} ${res.body}`);
  return res.json<{ count: number }>().count;
}

/** A verified merchant with an owner and a second active member, both signed in. */
export async function merchantWithTwoMembers(t: TestApp, staffToken: string) {
  const owner = await loginConsumer(t.app);
  const member = await loginConsumer(t.app);
  const creditCode = testCode(codeSerial++);
  const first = await register(t, owner.token, { creditCode, name: `消息测试商店${codeSerial}` });
  await verify(t, staffToken, first.id);
  const second = await register(t, member.token, { creditCode });
  await verify(t, staffToken, second.id);
  return { merchantId: first.merchantId, owner, member };
}

export const noticesUrl = (id: string) => `/api/v1/complaints/${id}/termination-notices`;

export async function noticesOf(
  t: TestApp,
  token: string,
  complaintId: string,
): Promise<TerminationNotices> {
  const res = await t.app.inject({
    method: 'GET',
    url: noticesUrl(complaintId),
    headers: bearer(token),
  });
  if (res.statusCode !== 200) throw new Error(`notices failed: ${res.statusCode} ${res.body}`);
  return res.json<TerminationNotices>();
}
