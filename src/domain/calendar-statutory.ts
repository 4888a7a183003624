/**
 * The statutory holidays of 《全国年节及纪念日放假办法》(2024-11-10 修订) 第二条 for one year, as
 * Gregorian dates, so an imported arrangement can be checked to give every one of them off.
 * Lunar dates come from the runtime's Chinese calendar (Intl, ICU); 清明 from the sun's position.
 * A runtime without the Chinese calendar (some mini-program engines) gets `lunarChecked: false`
 * and only the fixed-date and 清明 holidays; the server, on Node, always checks all of them.
 */
import { addCalendarDays } from './working-days';

export type StatutoryHoliday = {
  /** e.g. '春节（农历正月初一）'. */
  name: string;
  date: string;
  /** When the day is uncertain (清明 near midnight): any one of these days off suffices. */
  anyOf?: string[];
};

export type StatutoryHolidays = { holidays: StatutoryHoliday[]; lunarChecked: boolean };

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

let lunarFormat: Intl.DateTimeFormat | null | undefined;

function lunarFormatter(): Intl.DateTimeFormat | null {
  if (lunarFormat === undefined) {
    try {
      const f = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
      });
      // A runtime without the calendar silently formats Gregorian dates: check a known day.
      lunarFormat = lunarOf(f, '2026-02-17') === '正月/1' ? f : null;
    } catch {
      lunarFormat = null;
    }
  }
  return lunarFormat;
}

function lunarOf(f: Intl.DateTimeFormat, date: string): string {
  const parts = f.formatToParts(new Date(`${date}T00:00:00Z`));
  const month = parts.find((p) => p.type === 'month')?.value ?? '';
  const day = parts.find((p) => p.type === 'day')?.value ?? '';
  return `${month}/${day}`;
}

/**
 * The Gregorian date in `year` of a lunar month/day (month as ICU names it: 正月, 五月, 八月),
 * searched from `from` for 60 days (each festival falls within a month-long window).
 */
function findLunar(f: Intl.DateTimeFormat, from: string, lunar: string): string | null {
  for (let i = 0, d = from; i < 60; i += 1, d = addCalendarDays(d, 1)) {
    if (lunarOf(f, d) === lunar) return d;
  }
  return null;
}

const toRad = (deg: number) => (deg * Math.PI) / 180;

/** Apparent ecliptic longitude of the sun in degrees (Meeus, low precision: about 0.01°). */
function sunLongitude(ms: number): number {
  const t = (ms / 86_400_000 + 2440587.5 - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = toRad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.000289 * Math.sin(3 * m);
  const omega = toRad(125.04 - 1934.136 * t);
  const lon = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
  return ((lon % 360) + 360) % 360;
}

/**
 * 清明: the Beijing-time (UTC+8) day on which the sun reaches longitude 15°. Returned as the
 * days it may be: two when the moment is within an hour of midnight, where the low-precision
 * formula cannot tell the day for sure.
 */
export function qingmingDates(year: number): string[] {
  let lo = Date.UTC(year, 2, 30);
  let hi = Date.UTC(year, 3, 10);
  for (let i = 0; i < 50; i += 1) {
    const mid = (lo + hi) / 2;
    if (sunLongitude(mid) < 15) lo = mid;
    else hi = mid;
  }
  const hour = 3_600_000;
  const day = (ms: number) => new Date(ms + 8 * hour).toISOString().slice(0, 10);
  return [...new Set([day(lo - hour), day(lo), day(lo + hour)])];
}

/** 第二条's holidays for everyone in `year`. */
export function statutoryHolidays(year: number): StatutoryHolidays {
  const out: StatutoryHoliday[] = [
    { name: '元旦（1月1日）', date: ymd(year, 1, 1) },
    { name: '劳动节（5月1日）', date: ymd(year, 5, 1) },
    { name: '劳动节（5月2日）', date: ymd(year, 5, 2) },
    { name: '国庆节（10月1日）', date: ymd(year, 10, 1) },
    { name: '国庆节（10月2日）', date: ymd(year, 10, 2) },
    { name: '国庆节（10月3日）', date: ymd(year, 10, 3) },
  ];
  const qingming = qingmingDates(year);
  out.push({
    name: '清明节（农历清明当日）',
    date: qingming[0],
    ...(qingming.length > 1 ? { anyOf: qingming } : {}),
  });
  const f = lunarFormatter();
  if (f) {
    const newYear = findLunar(f, ymd(year, 1, 10), '正月/1');
    if (newYear) {
      const names = ['农历除夕', '农历正月初一', '农历正月初二', '农历正月初三'];
      names.forEach((n, i) =>
        out.push({ name: `春节（${n}）`, date: addCalendarDays(newYear, i - 1) }),
      );
    }
    const duanwu = findLunar(f, ymd(year, 5, 15), '五月/5');
    if (duanwu) out.push({ name: '端午节（农历五月初五）', date: duanwu });
    const midAutumn = findLunar(f, ymd(year, 9, 1), '八月/15');
    if (midAutumn) out.push({ name: '中秋节（农历八月十五）', date: midAutumn });
  }
  return { holidays: out.sort((a, b) => a.date.localeCompare(b.date)), lunarChecked: !!f };
}
