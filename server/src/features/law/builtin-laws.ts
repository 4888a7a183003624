import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LawKind, LawSource } from '@api/law';
import { BUILTIN_LAWS, NATIONAL_LAW_DATABASE, type BuiltinLawKey } from '@/domain/law-vocabulary';
import { parseLawText, type ParsedLaw } from './law-text-parser';

/**
 * The laws that ship with the app: each BUILTIN_LAWS key → its file in ./texts and where its
 * words come from. An entry whose file is absent is skipped (a text being added).
 */
export interface BuiltinLawEntry {
  file: string;
  kind: LawKind;
  /** The version shown (公布/修正), YYYY-MM-DD. */
  versionDate: string;
  /** false: 摘录, only some articles. */
  complete: boolean;
  source: LawSource;
  fullTextUrl: string;
  /** Replaces the file's preamble (the excerpt's heading carries its dates instead). */
  preamble?: string[];
  /** Articles checked against another source than the law's, by number. */
  articleSources?: Record<number, LawSource>;
}

/** The open LawRefBook/Laws collection, taken from 国家法律法规数据库 (reference/laws/full). */
const LAWREFBOOK: LawSource = {
  name: '国家法律法规数据库（经 LawRefBook 开源整理）',
  url: NATIONAL_LAW_DATABASE,
};

const whole = (file: string, kind: LawKind, versionDate: string): BuiltinLawEntry => ({
  file,
  kind,
  versionDate,
  complete: true,
  source: LAWREFBOOK,
  fullTextUrl: NATIONAL_LAW_DATABASE,
});

export const BUILTIN_LAW_FILES: Record<BuiltinLawKey, BuiltinLawEntry> = {
  'consumer-protection': whole('consumer-protection.md', '法律', '2013-10-25'),
  'consumer-regulation': {
    file: 'consumer-regulation.md',
    kind: '行政法规',
    versionDate: '2024-03-15',
    complete: false,
    // The checked excerpt (reference/laws/消费者权益保护法实施条例-2024-要条.md).
    source: { name: '国家法律法规数据库（要条摘录）', url: NATIONAL_LAW_DATABASE },
    fullTextUrl: NATIONAL_LAW_DATABASE,
    // From the file's heading: （2024年3月15日公布，2024年7月1日起施行）.
    preamble: ['2024年3月15日公布', '2024年7月1日起施行'],
  },
  'complaint-report-measures': whole('complaint-report-measures.md', '部门规章', '2022-03-24'),
  'food-safety': whole('food-safety.md', '法律', '2021-04-29'),
  'food-safety-regulation': whole('food-safety-regulation.md', '行政法规', '2019-10-11'),
  'product-quality': whole('product-quality.md', '法律', '2018-12-29'),
  'e-commerce': whole('e-commerce.md', '法律', '2018-08-31'),
  price: whole('price.md', '法律', '1997-12-29'),
  'consumer-penalty-measures': whole('consumer-penalty-measures.md', '部门规章', '2015-01-05'),
  'car-warranty': whole('car-warranty.md', '部门规章', '2021-07-22'),
  // 国经贸〔1995〕458号. No official copy was reachable: each article agrees word for word in the
  // public copies named (punctuation set full-width as the official texts are).
  'goods-warranty': {
    file: 'goods-warranty.md',
    kind: '部门规章',
    versionDate: '1995-08-25',
    complete: false,
    source: {
      name: '法律资料网转载《关于印发〈部分商品修理更换退货责任规定〉的通知》',
      url: 'http://law66.infoeach.com/view-NjZ8Njk3OQ==.html',
    },
    fullTextUrl: NATIONAL_LAW_DATABASE,
    articleSources: {
      9: { name: '公开转载（法律词典）', url: 'http://uianet.net/dictionary/b2535463.html' },
      10: { name: '公开转载（法律词典）', url: 'http://uianet.net/dictionary/b2535463.html' },
      11: { name: '公开转载（中英对照）', url: 'https://www.yc00.com/num/1709183182a1606894.html' },
      13: { name: '公开转载（新三包法退货规定）', url: 'https://360docs.net/doc/0628468756.html' },
    },
  },
  // LawRefBook/Laws 行政法/个人信息保护法(2021-08-20).md, as the other whole texts.
  'personal-information': whole('personal-information.md', '法律', '2021-08-20'),
  'penalty-procedure': {
    file: 'penalty-procedure.md',
    kind: '部门规章',
    // Not checked against a source: the 2022 revision as S1 set it.
    versionDate: '2022-09-29',
    complete: false,
    source: {
      name: '第十四师市场监督管理局《立案依据》',
      url: 'https://www.btdsss.gov.cn/c/2025-05-14/912884.shtml',
    },
    fullTextUrl: NATIONAL_LAW_DATABASE,
  },
  holidays: whole('holidays.md', '行政法规', '2024-11-10'),
};

export const LAW_TEXTS_DIR = join(__dirname, 'texts');

/** A built-in law ready to store. */
export interface BuiltinLaw {
  key: string;
  title: string;
  shortTitle: string;
  entry: BuiltinLawEntry;
  parsed: ParsedLaw;
  revision: string;
}

/** First 16 hex of sha256: the offline copy's version. */
export const revisionOf = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\n\u0000')).digest('hex').slice(0, 16);

let loaded: BuiltinLaw[] | undefined;

/**
 * Every built-in law whose file exists, read and parsed once per process (test suites start
 * many apps). The revision covers the file and its manifest entry, so a corrected source or
 * date replaces the stored law too.
 */
export function builtinLaws(dir = LAW_TEXTS_DIR): BuiltinLaw[] {
  if (dir === LAW_TEXTS_DIR && loaded) return loaded;
  const laws: BuiltinLaw[] = [];
  for (const law of BUILTIN_LAWS) {
    const entry = BUILTIN_LAW_FILES[law.key];
    const path = join(dir, entry.file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    laws.push({
      key: law.key,
      title: law.title,
      shortTitle: law.short,
      entry,
      parsed: parseLawText(text),
      revision: revisionOf(text, JSON.stringify(entry)),
    });
  }
  if (dir === LAW_TEXTS_DIR) loaded = laws;
  return laws;
}

/** The built-in keys in library order (the main laws first). */
export const BUILTIN_ORDER: readonly string[] = BUILTIN_LAWS.map((law) => law.key);
