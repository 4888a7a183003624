import dayjs, { type Dayjs } from 'dayjs';
import type { CreateBatchBody } from '@api/disclosure';
import { DISCLOSURE_LIMITS } from '@/domain/disclosure-vocabulary';

export type BatchDraft = CreateBatchBody;

export const EMPTY_BATCH_DRAFT: BatchDraft = {
  title: '',
  kind: 'period',
  periodFrom: '',
  periodTo: '',
};

export const BATCH_PRESETS = ['quarter', 'month', 'event'] as const;
export type BatchPreset = (typeof BATCH_PRESETS)[number];
export const PRESET_LABELS: Record<BatchPreset, string> = {
  quarter: '上季度',
  month: '上月',
  event: '3·15专题',
};

const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];
const iso = (day: Dayjs) => day.format('YYYY-MM-DD');

/**
 * A preset's title, kind and dates. 3·15专题 covers the 30 days before the profile's event date up
 * to that date; an event still ahead is taken from the year before (a batch covers the past).
 */
export function presetDraft(preset: BatchPreset, today: Dayjs, eventDate?: string): BatchDraft {
  if (preset === 'quarter') {
    const thisQuarterStart = today.startOf('month').subtract(today.month() % 3, 'month');
    const from = thisQuarterStart.subtract(3, 'month');
    return {
      title: `${from.year()}年${QUARTER_NAMES[from.month() / 3]}投诉信息公示`,
      kind: 'period',
      periodFrom: iso(from),
      periodTo: iso(thisQuarterStart.subtract(1, 'day')),
    };
  }
  if (preset === 'month') {
    const from = today.startOf('month').subtract(1, 'month');
    return {
      title: `${from.year()}年${from.month() + 1}月投诉信息公示`,
      kind: 'period',
      periodFrom: iso(from),
      periodTo: iso(from.endOf('month')),
    };
  }
  let event = eventDate ? dayjs(eventDate) : today.month(2).date(15);
  if (!event.isValid()) event = today.month(2).date(15);
  while (event.isAfter(today, 'day')) event = event.subtract(1, 'year');
  return {
    title: `${event.year()}年3·15专题投诉信息公示`,
    kind: 'topic',
    periodFrom: iso(event.subtract(30, 'day')),
    periodTo: iso(event),
  };
}

export type BatchErrors = Partial<Record<keyof BatchDraft, string>>;

/** The server's rules, told next to each field before anything is sent. */
export function batchErrors(draft: BatchDraft, today: Dayjs): BatchErrors {
  const errors: BatchErrors = {};
  const { min, max } = DISCLOSURE_LIMITS.title;
  const length = Array.from(draft.title.trim()).length;
  if (length < min) errors.title = `请填写标题（至少${min}个字）`;
  else if (length > max) errors.title = `标题最多${max}字`;
  if (!draft.periodFrom) errors.periodFrom = '请选择开始日期';
  if (!draft.periodTo) errors.periodTo = '请选择结束日期';
  else if (dayjs(draft.periodTo).isAfter(today, 'day')) errors.periodTo = '结束日期不能晚于今天';
  if (draft.periodFrom && draft.periodTo && !errors.periodTo) {
    const days = dayjs(draft.periodTo).diff(dayjs(draft.periodFrom), 'day') + 1;
    if (days < 1) errors.periodTo = '结束日期不能早于开始日期';
    else if (days > DISCLOSURE_LIMITS.periodDays) {
      errors.periodTo = `一批最长覆盖${DISCLOSURE_LIMITS.periodDays}天`;
    }
  }
  return errors;
}

/** 2027年1月1日–3月31日 (the year once when both dates share it). */
export function periodText(from: string, to: string): string {
  const a = dayjs(from);
  const b = dayjs(to);
  return `${a.format('YYYY年M月D日')}–${b.format(a.year() === b.year() ? 'M月D日' : 'YYYY年M月D日')}`;
}
