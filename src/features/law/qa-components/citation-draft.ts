import { chineseToNumber } from '@/domain/law-citations';

/** One citation as typed: the law's key and the article number as written (25, 二十五, 第二十五条). */
export interface CitationDraft {
  law: string;
  no: string;
}

/** 25, ２５, 二十五, 第二十五条 → 25; undefined when it is no article number. */
export function articleNumber(typed: string): number | undefined {
  const bare = typed
    .trim()
    .replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/^第/, '')
    .replace(/条$/, '');
  const n = /^\d+$/.test(bare) ? Number(bare) : chineseToNumber(bare);
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 9999 ? n : undefined;
}
