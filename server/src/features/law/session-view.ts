import type { SessionCard, SessionContent, StaffSession } from '@api/law';
import type { SessionRow } from './session-repository';

/** Rows of law_sessions as the API answers them (no I/O). */

/** The mini-program page of one session (messages link to it, and the subscribe message opens it). */
export const SESSION_PAGE = 'features/law/pages/session/index';
/** Where a session's QR lands. */
export const CHECKIN_PAGE = 'features/law/pages/checkin/index';

export const sessionLink = (id: string) => `/${SESSION_PAGE}?id=${encodeURIComponent(id)}`;

export function contentOf(row: SessionRow): SessionContent {
  return {
    topic: row.topic,
    town: row.town,
    village: row.village,
    place: row.place,
    ...(row.latitude !== null &&
      row.longitude !== null && {
        location: { latitude: Number(row.latitude), longitude: Number(row.longitude) },
      }),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    speakerUnit: row.speaker_unit,
    ...(row.quiz_topic !== null && { quizTopic: row.quiz_topic }),
    ...(row.description !== null && { description: row.description }),
  };
}

/** The columns a content fills. */
export const contentColumns = (c: SessionContent) => ({
  topic: c.topic,
  town: c.town,
  village: c.village,
  place: c.place,
  latitude: c.location?.latitude ?? null,
  longitude: c.location?.longitude ?? null,
  starts_at: c.startsAt,
  ends_at: c.endsAt,
  speaker_unit: c.speakerUnit,
  quiz_topic: c.quizTopic ?? null,
  description: c.description ?? null,
});

export function toSessionCard(row: SessionRow, now: Date, distanceKm?: number): SessionCard {
  return {
    id: row.id,
    status: row.status,
    past: row.ends_at <= now.toISOString(),
    ...(distanceKm !== undefined && { distanceKm }),
    ...(row.cancelled_reason !== null && { cancelledReason: row.cancelled_reason }),
    ...contentOf(row),
  };
}

export function toStaffSession(
  row: SessionRow,
  now: Date,
  counts: { attendees: number; reminders: number },
): StaffSession {
  return {
    ...toSessionCard(row, now),
    checkinCode: row.checkin_code,
    attendees: counts.attendees,
    reminders: counts.reminders,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
