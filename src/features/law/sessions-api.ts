import type {
  Checkin,
  CheckinBody,
  FeedbackBody,
  MyReminders,
  ReminderState,
  SessionDetail,
  SessionList,
} from '@api/law';
import { itemPath, load, post } from '@/services/api-calls';
import { request } from '@/services/request';

const path = (id: string, sub?: string) => itemPath('/law/sessions', id, sub);

export interface SessionFilters {
  past?: boolean;
  /** 'latitude,longitude' of the phone (never stored by the server). */
  near?: string;
  town?: string;
}

/** The public 法润乡村 API: sessions, reminders, check-in and feedback; pages show problems themselves. */
export const sessionsApi = {
  list: ({ past, near, town }: SessionFilters, cursor?: string) =>
    load<SessionList>('/law/sessions', {
      past: past ? 'true' : undefined,
      near,
      town,
      cursor,
      limit: 20,
    }),
  get: (id: string) => load<SessionDetail>(path(id)),
  remind: (id: string, subscribed: boolean) =>
    request<ReminderState>(path(id, '/reminder'), {
      method: 'PUT',
      data: { subscribed },
      toast: false,
    }),
  forget: (id: string) =>
    request<ReminderState>(path(id, '/reminder'), { method: 'DELETE', toast: false }),
  mine: () => load<MyReminders>('/law/reminders/mine'),
  /** Scanning again answers the same check-in (with a fresh feedback token). */
  checkIn: (body: CheckinBody) => post<Checkin>('/law/checkins', body, { toast: false }),
  feedback: (body: FeedbackBody, idempotencyKey: string) =>
    post<void>('/law/feedback', body, { idempotencyKey, toast: false }),
};
