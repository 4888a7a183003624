/**
 * Importing one year's holiday arrangement (国务院办公厅关于YYYY年部分节假日安排的通知): parse a
 * date list or the notice's own text, then check it before anything is stored. Pure: the staff
 * page previews with it and the server enforces it.
 */
import { statutoryHolidays } from './calendar-statutory';
import { addCalendarDays, dayOfWeek, isValidDate, isWeekend } from './working-days';

export type DayKind = 'holiday' | 'workday';
export type CalendarEntry = { date: string; kind: DayKind };

export type ParseResult = { entries: CalendarEntry[]; errors: string[] };

export type YearCheck = {
  ok: boolean;
  errors: string[];
  /** Not errors: e.g. weekend days marked 休 (already days off). */
  notes: string[];
  holidays: string[];
  workdays: string[];
};

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
export const weekdayName = (date: string) => WEEKDAYS[dayOfWeek(date)];

const pad = (n: number) => String(n).padStart(2, '0');

const KIND_WORDS: Record<string, DayKind> = {
  休: 'holiday',
  假: 'holiday',
  放假: 'holiday',
  holiday: 'holiday',
  班: 'workday',
  上班: 'workday',
  workday: 'workday',
};

/**
 * A date list, one day a line: '2027-01-01 休' or '2027-02-06,班' (also 2027/1/1, tabs). Empty
 * lines and lines starting with # are skipped.
 */
export function parseDateList(text: string): ParseResult {
  const entries: CalendarEntry[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?[\s,，、\t]+(\S+)$/.exec(line);
    const kind = m ? KIND_WORDS[m[4]] : undefined;
    const date = m ? `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` : '';
    if (!m || !kind) {
      errors.push(`第${i + 1}行「${line}」无法识别：应为“日期 休”或“日期 班”，如 2027-01-01 休`);
    } else if (!isValidDate(date)) {
      errors.push(`第${i + 1}行：${date} 不是有效日期`);
    } else {
      entries.push({ date, kind });
    }
  });
  return { entries, errors };
}

// The longest run of days off a notice has ever set is well under this; bounds the work too.
const MAX_RUN_DAYS = 31;
const FESTIVAL = /元旦|春节|清明|劳动|端午|中秋|国庆/;
const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;
const RANGE =
  /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*[至到~～—－-]+\s*(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g;

function dateOf(year: number, y: string | undefined, m: string, d: string): string {
  return `${y ?? year}-${pad(Number(m))}-${pad(Number(d))}`;
}

/**
 * The notice's text, pasted: each festival's line, e.g.
 * "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。
 * 2月14日（周六）、2月28日（周六）上班。" Days in a sentence with 放假/补休/休息 are 休 (a range
 * "A至B" is every day between), days in a sentence with 上班 are 班. Other lines (the heading,
 * the preamble, the signature date) are ignored.
 */
export function parseNoticeText(text: string, year: number): ParseResult {
  const entries: CalendarEntry[] = [];
  const errors: string[] = [];
  let festivals = 0;
  halfWidth(text)
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.replace(/（[^）]*）|\([^)]*\)/g, '').trim();
      const head = /^(?:[一二三四五六七八九十]+[、.．]\s*)?([^：:，,。]{1,12})[：:](.*)$/.exec(
        line,
      );
      if (!head || !FESTIVAL.test(head[1])) return;
      festivals += 1;
      for (const sentence of head[2].split(/[。；;]/)) {
        const isWork = sentence.includes('上班');
        const isOff = /放假|补休|休息|调休/.test(sentence) && !isWork;
        if (!isWork && !isOff) continue;
        let rest = sentence;
        if (isOff) {
          for (const r of sentence.matchAll(RANGE)) {
            const from = dateOf(year, r[1], r[2], r[3]);
            const to = dateOf(year, r[4] ?? r[1], r[5] ?? r[2], r[6]);
            if (!isValidDate(from) || !isValidDate(to) || to < from) {
              errors.push(`第${i + 1}行「${r[0]}」不是有效的日期范围`);
              continue;
            }
            if (addCalendarDays(from, MAX_RUN_DAYS) < to) {
              errors.push(`第${i + 1}行「${r[0]}」超过${MAX_RUN_DAYS}天，不像是一次放假安排`);
              continue;
            }
            for (let d = from; d <= to; d = addCalendarDays(d, 1)) {
              entries.push({ date: d, kind: 'holiday' });
            }
          }
          rest = sentence.replace(RANGE, '');
        }
        for (const m of rest.matchAll(DATE)) {
          const date = dateOf(year, m[1], m[2], m[3]);
          if (!isValidDate(date)) errors.push(`第${i + 1}行：${m[0]} 不是有效日期`);
          else entries.push({ date, kind: isWork ? 'workday' : 'holiday' });
        }
      }
    });
  if (festivals === 0) {
    errors.push('没有找到节日安排：请粘贴通知中“一、元旦：…”这样的各条');
  }
  return { entries, errors };
}

/** Full-width digits (１２) as ASCII, as pasted text sometimes has them. */
function halfWidth(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The year a pasted notice is about ("关于2027年部分节假日安排", "现将2027年…"), if it says. */
export function noticeYear(text: string): number | undefined {
  const m = /关于\s*(\d{4})\s*年部分节假日安排|现将\s*(\d{4})\s*年/.exec(halfWidth(text));
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/**
 * Checks one year's arrangement: every date in that year, none twice, a 班 only on a Saturday or
 * Sunday (a weekday is a working day anyway), and every statutory holiday of 《全国年节及纪念日
 * 放假办法》第二条 among the 休 days.
 */
export function checkYear(year: number, entries: readonly CalendarEntry[]): YearCheck {
  const errors: string[] = [];
  const notes: string[] = [];
  const seen = new Map<string, DayKind>();
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return { ok: false, errors: ['年份应在 2000 至 2100 之间'], notes, holidays: [], workdays: [] };
  }
  if (entries.length === 0) errors.push('没有任何日期');
  for (const { date, kind } of entries) {
    if (!isValidDate(date)) {
      errors.push(`${date} 不是有效日期`);
    } else if (!date.startsWith(`${year}-`)) {
      errors.push(`${date} 不在${year}年内`);
    } else if (seen.has(date)) {
      errors.push(`${date} 出现了两次`);
    } else {
      seen.set(date, kind);
      if (kind === 'workday' && !isWeekend(date)) {
        errors.push(`${date}（${weekdayName(date)}）本来就是工作日，不能标为“班”`);
      }
    }
  }
  const holidays = [...seen]
    .filter(([, k]) => k === 'holiday')
    .map(([d]) => d)
    .sort();
  const workdays = [...seen]
    .filter(([, k]) => k === 'workday')
    .map(([d]) => d)
    .sort();
  const weekendOff = holidays.filter((d) => isWeekend(d)).length;
  if (weekendOff > 0) notes.push(`${weekendOff}个周末日期标为“休”（本来就休息，不影响计算）`);

  if (entries.length > 0) {
    const statutory = statutoryHolidays(year);
    const off = new Set(holidays);
    for (const h of statutory.holidays) {
      if (!(h.anyOf ?? [h.date]).some((d) => off.has(d))) {
        errors.push(
          `${h.name} ${h.date} 未标为“休”：《全国年节及纪念日放假办法》第二条规定全体公民放假`,
        );
      }
    }
    if (!statutory.lunarChecked) {
      notes.push('本设备无法换算农历，春节、端午、中秋将在提交时由服务器核对');
    }
  }
  return { ok: errors.length === 0, errors, notes, holidays, workdays };
}
