import dayjs from 'dayjs';
import type { DisclosureFigures, DisclosureResponse } from '@api/disclosure';

/** '2026-03-20' → 3月20日 (the year only when it is not this year's). */
export function shortDate(date: string): string {
  const day = dayjs(date);
  return day.year() === dayjs().year() ? day.format('M月D日') : day.format('YYYY年M月D日');
}

/** An instant as 2026-03-15 10:05 (the phone's time zone, which is China's for our users). */
export const dateTime = (instant: string) => dayjs(instant).format('YYYY-MM-DD HH:mm');

/** A business's, industry's or batch's figures in one short line. */
export function figuresText(figures: DisclosureFigures): string {
  const parts = [`受理${figures.accepted}件`, `调解成功${figures.settled}件`];
  if (figures.settlementRate !== undefined) parts.push(`成功率${figures.settlementRate}%`);
  if (figures.medianDaysToClose !== undefined) {
    parts.push(`办结用时中位数${figures.medianDaysToClose}天`);
  }
  return parts.join('，');
}

/** Staff's decision on a response, as the business reads it. */
export function decisionText(response: DisclosureResponse): { text: string; tone: string } {
  if (response.decision === 'pending') return { text: '待处理', tone: 'warning' };
  if (response.decision === 'upheld') return { text: '已采纳', tone: 'success' };
  const reason = response.decisionReason ? `：${response.decisionReason}` : '';
  return { text: `未采纳${reason}`, tone: 'danger' };
}
