import type { SessionContent, StaffSession } from '@api/law';
import { LAW_LIMITS } from '@/domain/law-vocabulary';
import { lengthError, textLength } from '@/domain/text-length';
import { fromDateAndTime, toDateAndTime } from '../../session-components/session-time';

const LIMITS = LAW_LIMITS.session;

/** The session as typed (times in Shanghai wall-clock); `id` once the server has it. */
export interface SessionDraft {
  id?: string;
  topic: string;
  town: string;
  village: string;
  place: string;
  /** Typed or picked; both empty: no map point. */
  latitude: string;
  longitude: string;
  date: string;
  startTime: string;
  endTime: string;
  speakerUnit: string;
  quizTopic: string;
  description: string;
}

export type SessionField = Exclude<keyof SessionDraft, 'id'> | 'location';
export type SessionErrors = Partial<Record<SessionField, string>>;

export const EMPTY_SESSION: SessionDraft = {
  topic: '',
  town: '',
  village: '',
  place: '',
  latitude: '',
  longitude: '',
  date: '',
  startTime: '09:00',
  endTime: '11:00',
  speakerUnit: '',
  quizTopic: '',
  description: '',
};

/** Start and end times offered, every 15 minutes from 06:00 to 22:00. */
export const TIME_OPTIONS = Array.from({ length: (22 - 6) * 4 + 1 }, (_, i) => {
  const minutes = 6 * 60 + i * 15;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
});

export function draftOf(session: StaffSession): SessionDraft {
  const start = toDateAndTime(session.startsAt);
  const end = toDateAndTime(session.endsAt);
  return {
    id: session.id,
    topic: session.topic,
    town: session.town,
    village: session.village,
    place: session.place,
    latitude: session.location ? String(session.location.latitude) : '',
    longitude: session.location ? String(session.location.longitude) : '',
    date: start.date,
    startTime: start.time,
    endTime: end.time,
    speakerUnit: session.speakerUnit,
    quizTopic: session.quizTopic ?? '',
    description: session.description ?? '',
  };
}

/** The end instant: a session ending at or before its start time runs past midnight. */
function endsAtOf(draft: SessionDraft, startsAt: string): string | undefined {
  const sameDay = fromDateAndTime(draft.date, draft.endTime);
  if (!sameDay) return undefined;
  if (sameDay > startsAt) return sameDay;
  return new Date(Date.parse(sameDay) + 24 * 3600_000).toISOString();
}

function locationError(draft: SessionDraft): string | undefined {
  const { latitude, longitude } = draft;
  if (!latitude.trim() && !longitude.trim()) return undefined;
  const lat = Number(latitude);
  const lng = Number(longitude);
  if (!latitude.trim() || !longitude.trim()) return '请同时填写纬度和经度，或都不填';
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) return '纬度应在 -90 到 90 之间';
  if (!Number.isFinite(lng) || lng < -180 || lng > 180) return '经度应在 -180 到 180 之间';
  return undefined;
}

/** The client's problems by field (the server checks the same and the town list). */
export function validateSession(draft: SessionDraft, now = new Date()): SessionErrors {
  const errors: SessionErrors = {};
  const put = (field: SessionField, message: string | undefined) => {
    if (message) errors[field] = message;
  };
  put('topic', lengthError(draft.topic, LIMITS.topic, { empty: '请填写活动主题', label: '主题' }));
  if (!draft.town) errors.town = '请选择乡镇';
  put(
    'village',
    lengthError(draft.village, LIMITS.village, { empty: '请填写村或社区', label: '村（社区）' }),
  );
  put('place', lengthError(draft.place, LIMITS.place, { empty: '请填写活动地点', label: '地点' }));
  put(
    'speakerUnit',
    lengthError(draft.speakerUnit, LIMITS.speakerUnit, {
      empty: '请填写主讲单位',
      label: '主讲单位',
    }),
  );
  if (textLength(draft.description) > LIMITS.description.max) {
    errors.description = `活动介绍最多${LIMITS.description.max}个字`;
  }
  put('location', locationError(draft));
  const startsAt = fromDateAndTime(draft.date, draft.startTime);
  if (!draft.date) errors.date = '请选择活动日期';
  else if (!startsAt) errors.startTime = '请选择开始时间';
  else {
    const endsAt = endsAtOf(draft, startsAt);
    if (!endsAt) errors.endTime = '请选择结束时间';
    else if (Date.parse(endsAt) - Date.parse(startsAt) > LIMITS.maxHours * 3600_000) {
      errors.endTime = `一场活动最长${LIMITS.maxHours}小时，请检查结束时间`;
    } else if (!draft.id && Date.parse(startsAt) <= now.getTime()) {
      errors.startTime = '开始时间已过，请重新选择';
    }
  }
  return errors;
}

/** What the server gets; call only when validateSession found nothing. */
export function toContent(draft: SessionDraft): SessionContent {
  const startsAt = fromDateAndTime(draft.date, draft.startTime) ?? '';
  const endsAt = endsAtOf(draft, startsAt) ?? '';
  const hasPoint = draft.latitude.trim() !== '' && draft.longitude.trim() !== '';
  return {
    topic: draft.topic.trim(),
    town: draft.town,
    village: draft.village.trim(),
    place: draft.place.trim(),
    ...(hasPoint && {
      location: { latitude: Number(draft.latitude), longitude: Number(draft.longitude) },
    }),
    startsAt,
    endsAt,
    speakerUnit: draft.speakerUnit.trim(),
    ...(draft.quizTopic && { quizTopic: draft.quizTopic }),
    ...(draft.description.trim() && { description: draft.description.trim() }),
  };
}

/** The form field a server problem belongs to ("/body/startsAt", "location.latitude"). */
export function formFieldOf(path: string): SessionField | undefined {
  const top = path.replace(/^[./]*(body)?[./]*/, '').split(/[./[]/)[0];
  if (top === 'startsAt') return 'startTime';
  if (top === 'endsAt') return 'endTime';
  const fields: SessionField[] = [
    'topic',
    'town',
    'village',
    'place',
    'location',
    'speakerUnit',
    'quizTopic',
    'description',
  ];
  return fields.includes(top as SessionField) ? (top as SessionField) : undefined;
}
