/** Session times are shown and typed in the county's time (Asia/Shanghai, UTC+8, no DST). */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

const pad = (n: number) => String(n).padStart(2, '0');

/** The Shanghai wall-clock parts of an instant. */
function wall(iso: string) {
  const at = new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS);
  return {
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    day: at.getUTCDate(),
    weekday: WEEKDAYS[at.getUTCDay()],
    time: `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`,
    date: `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`,
  };
}

/** 3月14日 周六 09:00–11:00 (a session that runs past midnight names the second day too). */
export function sessionWhen(startsAt: string, endsAt: string, now = new Date()): string {
  const start = wall(startsAt);
  const end = wall(endsAt);
  const thisYear = wall(now.toISOString()).year;
  const day = `${start.year === thisYear ? '' : `${start.year}年`}${start.month}月${start.day}日 ${start.weekday}`;
  const until = end.date === start.date ? end.time : `${end.month}月${end.day}日 ${end.time}`;
  return `${day} ${start.time}–${until}`;
}

/** 3月13日 from a 'YYYY-MM-DD' day (the reminder's day). */
export function dayInWords(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  return `${month}月${day}日`;
}

/** The form's parts ('YYYY-MM-DD', 'HH:mm') of an instant, in Shanghai time. */
export function toDateAndTime(iso: string): { date: string; time: string } {
  const { date, time } = wall(iso);
  return { date, time };
}

/** The instant of a Shanghai date and time (an ISO string), or undefined when either is unset. */
export function fromDateAndTime(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const at = Date.parse(`${date}T${time}:00+08:00`);
  return Number.isNaN(at) ? undefined : new Date(at).toISOString();
}

/** 1.2 公里 / 800 米. */
export function distanceInWords(km: number): string {
  return km < 1 ? `${Math.max(10, Math.round(km * 100) * 10)}米` : `${km.toFixed(1)}公里`;
}
