import type { Checkin, StaffSession } from '@api/law';
import { bearer, type TestApp } from '../app';
import { sessionContent } from '../law-sessions';

type Send = (
  what: string,
  by: 'complainant' | 'staff',
  url: string,
  payload: object,
) => Promise<Record<string, unknown>>;

/**
 * A 法润乡村 session the complainant (by now with its distinctive nickname) asked to be reminded
 * of, checked in at and gave feedback on: nobody else may learn who did (the reminder, the
 * check-in). The ids anyone could try, for the scan to read with.
 */
export async function plantSessionAttendance(
  t: TestApp,
  send: Send,
  tokens: { complainant: string; staff: string },
): Promise<string[]> {
  const startsAt = new Date(Date.now() + 1800_000);
  const created = await send(
    'create session',
    'staff',
    '/api/v1/law/sessions',
    sessionContent('2027-03-15', {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString(),
    }),
  );
  const id = String(created.id);
  await send('publish session', 'staff', `/api/v1/law/sessions/${id}/transitions`, {
    action: 'publish',
  });
  const as = bearer(tokens.complainant);
  const reminded = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/law/sessions/${id}/reminder`,
    payload: { subscribed: true },
    headers: as,
  });
  if (reminded.statusCode !== 200) throw new Error(`reminder: ${reminded.body}`);
  const code = (
    await t.app.inject({
      method: 'GET',
      url: `/api/v1/law/sessions/${id}/manage`,
      headers: bearer(tokens.staff),
    })
  ).json<StaffSession>().checkinCode;
  const checkedIn = await t.app.inject({
    method: 'POST',
    url: '/api/v1/law/checkins',
    payload: { code, deviceId: 'pii-scan-device-0001' },
    headers: as,
  });
  if (checkedIn.statusCode !== 201) throw new Error(`check-in: ${checkedIn.body}`);
  const checkin = checkedIn.json<Checkin>();
  const feedback = await t.app.inject({
    method: 'POST',
    url: '/api/v1/law/feedback',
    payload: {
      checkinId: checkin.id,
      feedbackToken: checkin.feedbackToken,
      useful: 'yes',
      wantTopics: ['预付卡'],
      text: '讲得很实用，希望多讲预付卡。',
    },
  });
  if (feedback.statusCode !== 204) throw new Error(`feedback: ${feedback.body}`);
  return [id, checkin.id, code];
}
