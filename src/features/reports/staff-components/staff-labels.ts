import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { ReportStatus } from '@api/reports';

dayjs.extend(utc);

type TagType = 'default' | 'primary' | 'info' | 'success' | 'warning' | 'danger';

/** How each status is coloured: waiting is orange, a case opened is blue, the end grey. */
export const STATUS_TAG: Record<ReportStatus, TagType> = {
  received: 'warning',
  'case-opened': 'primary',
  'not-opened': 'default',
  transferred: 'info',
  merged: 'default',
  concluded: 'success',
};

/** A calendar date ('YYYY-MM-DD') in words: 3月24日 this year, 2026年3月24日 otherwise. */
export function formatDay(date: string, today = dayjs().utcOffset(480)): string {
  const day = dayjs(date);
  return day.year() === today.year() ? day.format('M月D日') : day.format('YYYY年M月D日');
}

/** An instant as people in the county read it: Asia/Shanghai. */
export const formatInstant = (iso: string) => dayjs(iso).utcOffset(480).format('YYYY-MM-DD HH:mm');
