import dayjs from 'dayjs';
import type { DisclosureFigures, PublicBatchCard } from '@api/disclosure';

export const day = (iso: string) => dayjs(iso).format('YYYY年M月D日');

/** 2027年1月1日至2027年3月31日 */
export const periodLabel = (batch: Pick<PublicBatchCard, 'periodFrom' | 'periodTo'>) =>
  `${day(batch.periodFrom)}至${day(batch.periodTo)}`;

/** 66.7%, or 一 when nothing was accepted (no rate to show). */
export const rateLabel = (figures: DisclosureFigures) =>
  figures.settlementRate === undefined ? '—' : `${figures.settlementRate}%`;

export const daysLabel = (figures: DisclosureFigures) =>
  figures.medianDaysToClose === undefined ? '—' : `${figures.medianDaysToClose}天`;

/** The figures as one sentence, for screen readers and the charts' text. */
export const figuresText = (figures: DisclosureFigures) =>
  `受理${figures.accepted}件，调解成功${figures.settled}件，调解成功率${rateLabel(figures)}`;
