import dayjs from 'dayjs';
import type { AdvisoryAction, AdvisoryCard, LegalReference } from '@api/advisories';
import type { Region } from '@api/region';
import { DEFAULT_ADVISORY_CATEGORIES, lawName } from '@/domain/advisory-vocabulary';

/** 2027年3月5日 */
export const day = (iso: string) => dayjs(iso).format('YYYY年M月D日');

/** 警示 is a concrete risk: red; 提示 is advice: blue. */
export const kindTagType = (kind: AdvisoryCard['kind']) => (kind === '警示' ? 'danger' : 'info');

type Window = Pick<AdvisoryCard, 'season' | 'validFrom' | 'validUntil'>;

/** The season and validity window in a few words: "春节 · 2027年1月20日至2027年2月28日". */
export function validityLabel({ season, validFrom, validUntil }: Window): string | undefined {
  let window: string | undefined;
  if (validFrom && validUntil) window = `${day(validFrom)}至${day(validUntil)}`;
  else if (validUntil) window = `有效期至${day(validUntil)}`;
  else if (validFrom) window = `${day(validFrom)}起`;
  const parts = [season, window].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** 《消费者权益保护法》第五十六条 */
export const referenceLabel = (ref: LegalReference) =>
  `《${lawName(ref.law)}》${ref.article.trim()}`;

const TOOL_LABELS = {
  barcode: '查商品条码',
  'sc-licence': '查食品生产许可',
  'credit-code': '查统一社会信用代码',
} as const;

/** The call to action's button text. */
export function actionLabel(action: AdvisoryAction, hotline: string): string {
  switch (action.kind) {
    case 'complaint':
      return '我要投诉';
    case 'call-12315':
      return `拨打 ${hotline} 投诉举报`;
    case 'quiz':
      return `答题：${action.topic}`;
    case 'tool':
      return TOOL_LABELS[action.tool];
  }
}

/** The county's advisory categories (the defaults until the profile has loaded). */
export const advisoryCategories = (region: Region | undefined): readonly string[] =>
  region?.advisories?.categories ?? DEFAULT_ADVISORY_CATEGORIES;
