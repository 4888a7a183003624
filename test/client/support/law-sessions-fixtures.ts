import type { Checkin, SessionCard, SessionDetail, StaffSession } from '@api/law';

export const sessionId = (n: number) => `01JLAWSESSION${String(n).padStart(13, '0')}`;

/** A published session on 2099-03-14 (a Saturday) 09:00–11:00 Shanghai time. */
export function sessionCard(n: number, patch: Partial<SessionCard> = {}): SessionCard {
  return {
    id: sessionId(n),
    status: 'published',
    past: false,
    topic: `农村消费维权讲座${n}`,
    town: '青石镇',
    village: '东坪村',
    place: '村委会二楼会议室',
    location: { latitude: 27.7201, longitude: 106.9203 },
    startsAt: '2099-03-14T01:00:00.000Z',
    endsAt: '2099-03-14T03:00:00.000Z',
    speakerUnit: '县市场监管局消保股',
    quizTopic: '识假辨假',
    description: '讲讲买到假货怎么办。',
    ...patch,
  };
}

export const sessionDetail = (n: number, patch: Partial<SessionDetail> = {}): SessionDetail => ({
  ...sessionCard(n),
  reminded: false,
  ...patch,
});

export const staffSession = (n: number, patch: Partial<StaffSession> = {}): StaffSession => ({
  ...sessionCard(n),
  checkinCode: 'ABCD2345',
  attendees: 37,
  reminders: 12,
  createdAt: '2099-02-01T02:00:00.000Z',
  updatedAt: '2099-02-01T02:00:00.000Z',
  ...patch,
});

export const checkin = (patch: Partial<Checkin> = {}): Checkin => ({
  id: 'CHECKIN1',
  feedbackToken: 'token-abcdefghijklmnop',
  session: sessionCard(1),
  feedbackGiven: false,
  ...patch,
});

/** Every request's method, path, query and body, in order. */
export const sentRequests = (request: jest.Mock) =>
  request.mock.calls.map(([options]: [{ url: string; method?: string; data?: unknown }]) => {
    const url = new URL(options.url, 'http://app.test');
    return {
      call: `${options.method ?? 'GET'} ${url.pathname.replace(/^\/api\/v1/, '')}`,
      query: Object.fromEntries(url.searchParams),
      data: options.data,
    };
  });
