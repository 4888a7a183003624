import type { DisclosureFigures } from '@api/disclosure';
import type { MerchantSort } from '@api/merchants';

/** The search orders by 投诉公示 figures, as the sort bar names them. */
export const SORT_LABELS: { value: MerchantSort | undefined; label: string }[] = [
  { value: undefined, label: '默认' },
  { value: 'complaints-asc', label: '投诉少' },
  { value: 'settlement-rate-desc', label: '调解成功率高' },
];

/** 66.7 → "66.7%", 100 → "100%" (the server sends one decimal). */
export const percent = (rate: number) => `${Number(rate.toFixed(1))}%`;

/** ["受理3件", "调解成功2件", "调解成功率66.7%", "办结中位5天"]; the rate and median only when known. */
export function figureParts(f: DisclosureFigures): string[] {
  return [
    `受理${f.accepted}件`,
    `调解成功${f.settled}件`,
    f.settlementRate !== undefined ? `调解成功率${percent(f.settlementRate)}` : '',
    f.medianDaysToClose !== undefined ? `办结中位${f.medianDaysToClose}天` : '',
  ].filter(Boolean);
}

/** The short form on a search result: "受理3件 · 调解成功率66.7%". */
export function figuresBrief(f: DisclosureFigures): string {
  return [
    `受理${f.accepted}件`,
    f.settlementRate !== undefined && `调解成功率${percent(f.settlementRate)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}
