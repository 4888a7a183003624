import type { SessionContent } from '@api/law';
import { LAW_LIMITS, SESSION_REMINDER_HOUR } from '@/domain/law-vocabulary';
import { addDays, shanghaiDate } from '../../time';

/** Pure rules of 法润乡村 sessions: the content checked, reminder days, check-in window, distance. */

const L = LAW_LIMITS.session;
const HOUR_MS = 3600_000;

/** Check-in opens this long before the start … */
export const CHECKIN_OPENS_BEFORE_MS = HOUR_MS;
/** … and closes this long after the end (people scan on the way home, or the next days). */
export const CHECKIN_CLOSES_AFTER_MS = 3 * 24 * HOUR_MS;

const blankToUndefined = (value: string | undefined) => {
  const trimmed = value?.replace(/\r\n?/g, '\n').trim();
  return trimmed ? trimmed : undefined;
};

/** The content trimmed as it is stored; instants in canonical ISO form. */
export function normaliseSession(content: SessionContent): SessionContent {
  const { location, quizTopic, description, ...rest } = content;
  const quiz = blankToUndefined(quizTopic);
  const text = blankToUndefined(description);
  return {
    ...rest,
    topic: content.topic.trim(),
    town: content.town.trim(),
    village: content.village.trim(),
    place: content.place.trim(),
    speakerUnit: content.speakerUnit.trim(),
    startsAt: canonicalInstant(content.startsAt),
    endsAt: canonicalInstant(content.endsAt),
    ...(location && { location }),
    ...(quiz && { quizTopic: quiz }),
    ...(text && { description: text }),
  };
}

/** Offsets like +08:00 stored as UTC, so instants sort as text. */
const canonicalInstant = (value: string) => {
  const at = Date.parse(value);
  return Number.isNaN(at) ? value : new Date(at).toISOString();
};

export interface SessionCheckContext {
  towns: readonly string[];
  /** Quiz topics that have questions to draw. */
  quizTopics: ReadonlySet<string>;
  now: Date;
  /** The start already stored (an edit that keeps it may keep a start in the past). */
  keptStartsAt?: string;
}

/** Field problems beyond the schema, on normalised content, in Chinese. */
export function sessionProblems(
  content: SessionContent,
  context: SessionCheckContext,
): Record<string, string> {
  const fields: Record<string, string> = {};
  if (content.topic.length < L.topic.min) fields.topic = `主题至少${L.topic.min}个字`;
  if (!context.towns.includes(content.town)) fields.town = '请从列表中选择本县的镇或街道';
  if (content.village.length < L.village.min) fields.village = '请填写村或社区';
  if (content.place.length < L.place.min) fields.place = '请填写活动地点';
  if (content.speakerUnit.length < L.speakerUnit.min) fields.speakerUnit = '请填写主讲单位';
  if (content.quizTopic !== undefined && !context.quizTopics.has(content.quizTopic)) {
    fields.quizTopic = '请从题库专题中选择';
  }
  const starts = Date.parse(content.startsAt);
  const ends = Date.parse(content.endsAt);
  if (Number.isNaN(starts)) fields.startsAt = '请选择开始时间';
  else if (content.startsAt !== context.keptStartsAt && starts <= context.now.getTime()) {
    fields.startsAt = '开始时间须晚于现在';
  }
  if (Number.isNaN(ends)) fields.endsAt = '请选择结束时间';
  else if (!Number.isNaN(starts) && ends <= starts) fields.endsAt = '结束时间须晚于开始时间';
  else if (!Number.isNaN(starts) && ends - starts > L.maxHours * HOUR_MS) {
    fields.endsAt = `活动时长不能超过${L.maxHours}小时`;
  }
  return fields;
}

/** The Shanghai day before the session's start: when its reminder goes out. */
export const reminderDay = (startsAt: string) => addDays(shanghaiDate(new Date(startsAt)), -1);

/**
 * The last reminder day that is due at `now`: today from SESSION_REMINDER_HOUR (Shanghai),
 * yesterday before it.
 */
export function dueReminderDay(now: Date): string {
  const today = shanghaiDate(now);
  const shanghaiHour = new Date(now.getTime() + 8 * HOUR_MS).getUTCHours();
  return shanghaiHour >= SESSION_REMINDER_HOUR ? today : addDays(today, -1);
}

export type CheckinWindow = 'open' | 'not-yet' | 'closed';

export function checkinWindow(startsAt: string, endsAt: string, now: Date): CheckinWindow {
  const at = now.getTime();
  if (at < Date.parse(startsAt) - CHECKIN_OPENS_BEFORE_MS) return 'not-yet';
  if (at > Date.parse(endsAt) + CHECKIN_CLOSES_AFTER_MS) return 'closed';
  return 'open';
}

/** 'lat,lng' as the list's near= gives it (the schema has checked the shape). */
export function parsePoint(near: string): { latitude: number; longitude: number } | undefined {
  const [latitude, longitude] = near.split(',').map(Number);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined;
  return { latitude, longitude };
}

const EARTH_RADIUS_KM = 6371;
const radians = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance (haversine), km to one decimal. */
export function distanceKm(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  const km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  return Math.round(km * 10) / 10;
}

/** 'M月D日 HH:mm' in Shanghai, for messages. */
export function shanghaiWhen(at: string): string {
  const local = new Date(Date.parse(at) + 8 * HOUR_MS);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${local.getUTCMonth() + 1}月${local.getUTCDate()}日 ${hh}:${mm}`;
}
