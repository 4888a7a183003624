import type { Checkin, SessionContent, SessionCreated } from '@api/law';
import { bearer, type TestApp } from './app';

/** 法润乡村 session helpers shared by the law-sessions, law-reminders and law-checkins tests. */

/** An instant given as Shanghai local time ('2027-03-15 09:00'). */
export const shanghai = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

/** A valid session in 青石镇 on the given Shanghai day, 09:00–11:00. */
export const sessionContent = (
  day = '2027-03-15',
  over: Partial<SessionContent> = {},
): SessionContent => ({
  topic: '消费维权进乡村',
  town: '青石镇',
  village: '石门村',
  place: '村委会文化礼堂',
  location: { latitude: 27.1, longitude: 119.6 },
  startsAt: shanghai(`${day} 09:00`).toISOString(),
  endsAt: shanghai(`${day} 11:00`).toISOString(),
  speakerUnit: '县市场监管局青石市场监管所',
  quizTopic: '消费者权益',
  description: '讲解七天无理由退货和假货赔偿。',
  ...over,
});

let idem = 0;

/** The session routes of `app()`, as `token()` unless another token is given. */
export function sessionCalls(app: () => TestApp, token: () => string) {
  const as = (who?: string) => (who ? { headers: bearer(who) } : {});
  const inject = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    who?: string,
    payload?: unknown,
  ) =>
    app().app.inject({
      method,
      url: `/api/v1${url}`,
      ...as(who),
      ...(payload !== undefined && { payload: payload as object }),
    });
  const get = (url: string, who?: string) => inject('GET', url, who);
  const create = (body: unknown, who = token()) =>
    app().app.inject({
      method: 'POST',
      url: '/api/v1/law/sessions',
      payload: body as object,
      headers: { ...bearer(who), 'idempotency-key': `law-session-${idem++}` },
    });
  const edit = (id: string, body: unknown, who = token()) =>
    inject('PUT', `/law/sessions/${id}`, who, body);
  const move = (id: string, payload: object, who = token()) =>
    inject('POST', `/law/sessions/${id}/transitions`, who, payload);
  const created = async (body: SessionContent = sessionContent()) => {
    const res = await create(body);
    if (res.statusCode !== 201) throw new Error(`session failed: ${res.statusCode} ${res.body}`);
    return res.json<SessionCreated>().id;
  };
  const published = async (body: SessionContent = sessionContent()) => {
    const id = await created(body);
    const res = await move(id, { action: 'publish' });
    if (res.statusCode !== 200) throw new Error(`publish failed: ${res.statusCode} ${res.body}`);
    return id;
  };
  const remind = (id: string, who: string, subscribed = false) =>
    inject('PUT', `/law/sessions/${id}/reminder`, who, { subscribed });
  const unremind = (id: string, who: string) =>
    inject('DELETE', `/law/sessions/${id}/reminder`, who);
  const checkin = (code: string, deviceId: string, who?: string) =>
    inject('POST', '/law/checkins', who, { code, deviceId });
  const feedback = (body: object) => inject('POST', '/law/feedback', undefined, body);
  /** A check-in that must succeed (201 or 200). */
  const checkedIn = async (code: string, deviceId: string, who?: string) => {
    const res = await checkin(code, deviceId, who);
    if (res.statusCode !== 201 && res.statusCode !== 200) {
      throw new Error(`check-in failed: ${res.statusCode} ${res.body}`);
    }
    return res.json<Checkin>();
  };
  return {
    get,
    create,
    edit,
    move,
    created,
    published,
    remind,
    unremind,
    checkin,
    feedback,
    checkedIn,
  };
}
