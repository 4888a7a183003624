import { BUILTIN_LAWS } from './law-vocabulary';

/**
 * Citations in the app's own texts — 《消费者权益保护法》第二十五条, 消保法第五十五条第一款,
 * 投诉举报处理暂行办法第二十五至三十三条 — found so that each becomes a tap to its article
 * (issue 17). A bare 第十五条 names no law and is left as text.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二十五 → 25, 一百零四 → 104, 十五 → 15; undefined when it is not a numeral. */
export function chineseToNumber(numeral: string): number | undefined {
  if (!/^[零一二三四五六七八九十百千]+$/.test(numeral)) return undefined;
  let total = 0;
  let digit = 0;
  for (const char of numeral) {
    const unit = char === '千' ? 1000 : char === '百' ? 100 : char === '十' ? 10 : 0;
    if (unit) {
      total += (digit || 1) * unit;
      digit = 0;
    } else digit = DIGITS[char];
  }
  return total + digit;
}

const NAMES = '零一二三四五六七八九';

/** 25 → 二十五, 104 → 一百零四, 10 → 十 (as articles are numbered). */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`${n}`);
  const parts: string[] = [];
  const units: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let rest = n;
  let zero = false;
  for (const [size, name] of units) {
    const digit = Math.floor(rest / size);
    rest %= size;
    if (digit) {
      if (zero) parts.push('零');
      // 十五 and 一十五: alone 十 drops its 一; inside 一百一十五 it keeps it.
      parts.push(size === 10 && digit === 1 && parts.length === 0 ? '' : NAMES[digit], name);
      zero = false;
    } else if (parts.length) zero = true;
  }
  if (rest) parts.push(zero && parts.length ? '零' : '', NAMES[rest]);
  return parts.join('');
}

/** 第二十五条 for 25. */
export const articleLabel = (no: number) => `第${numberToChinese(no)}条`;

/** One article of one law. */
export interface ArticleRef {
  law: string;
  no: number;
}

/** A place in a text that cites one or more articles of one law. */
export interface Citation {
  /** Where it starts in the text, and its length (the law's name through the last article). */
  index: number;
  length: number;
  law: string;
  /** Every article it names, ranges expanded (第二十五至二十七条 → 25, 26, 27). */
  articles: number[];
}

const NUMERAL = '[零一二三四五六七八九十百千]+';
const ARTICLE = `第(${NUMERAL})条(?:之${NUMERAL})?(?:第${NUMERAL}款)?(?:第?[（(]${NUMERAL}[）)]项)?`;
// What may follow the first article: 、第二十六条 / 和第十条 / 至第三十三条 / 至三十三条.
const MORE = `(?:(?:、|，|和|及|以及|或者|至)第?${NUMERAL}条(?:第${NUMERAL}款)?)*`;
const RANGE_IN_ONE = `第(${NUMERAL})至(${NUMERAL})条`;

/** A law's names, longest first so 食品安全法实施条例 is not read as 食品安全法. */
function namePattern(names: Array<[string, string]>): string {
  return names
    .map(([name]) => name)
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[()（）]/g, '\\$&'))
    .join('|');
}

/** Name → law key, for the built-in laws and any others (imported) given. */
export function lawNameTable(extra: Array<{ key: string; title: string; short?: string }> = []) {
  const table: Array<[string, string]> = [];
  for (const law of [...BUILTIN_LAWS, ...extra]) {
    const names: string[] = [law.title, ...('names' in law ? law.names : [])];
    if (law.short) names.push(law.short);
    for (const name of names) table.push([name, law.key]);
  }
  return table;
}

const BUILTIN_TABLE = lawNameTable();

/** The articles one matched citation names, in order. */
function articlesOf(cited: string): number[] {
  const found: number[] = [];
  const whole = new RegExp(`^${RANGE_IN_ONE}`).exec(cited);
  if (whole) {
    const [from, to] = [chineseToNumber(whole[1])!, chineseToNumber(whole[2])!];
    for (let no = from; no <= to; no++) found.push(no);
    return found;
  }
  const step = new RegExp(`(至)?第?(${NUMERAL})条(?:第${NUMERAL}款)?`, 'g');
  for (const match of cited.matchAll(step)) {
    const no = chineseToNumber(match[2])!;
    const last = found[found.length - 1];
    if (match[1] && last !== undefined) for (let n = last + 1; n < no; n++) found.push(n);
    found.push(no);
  }
  return found;
}

/**
 * Every citation in a text, in order. `table` maps law names to keys (lawNameTable(); pass one
 * with imported laws to find those too).
 */
export function findCitations(text: string, table = BUILTIN_TABLE): Citation[] {
  const byName = new Map(table);
  const pattern = new RegExp(
    `《?(?:中华人民共和国)?(${namePattern(table)})》?(${RANGE_IN_ONE}|${ARTICLE}${MORE})`,
    'g',
  );
  const found: Citation[] = [];
  for (const match of text.matchAll(pattern)) {
    const law = byName.get(match[1]) ?? byName.get(`中华人民共和国${match[1]}`);
    if (!law) continue;
    found.push({
      index: match.index,
      length: match[0].length,
      law,
      articles: articlesOf(match[2]),
    });
  }
  return found;
}

/** A text cut into plain runs and citations, for a view that makes each citation a tap. */
export type CitedRun = { text: string; cite?: ArticleRef };

export function citedRuns(text: string, table = BUILTIN_TABLE): CitedRun[] {
  const runs: CitedRun[] = [];
  let at = 0;
  for (const citation of findCitations(text, table)) {
    if (citation.index > at) runs.push({ text: text.slice(at, citation.index) });
    runs.push({
      text: text.slice(citation.index, citation.index + citation.length),
      cite: { law: citation.law, no: citation.articles[0] },
    });
    at = citation.index + citation.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** A structured reference (advisories, campaigns: { law: '消费者权益保护法', article: '第五十六条' }). */
export function refOf(law: string, article: string, table = BUILTIN_TABLE): ArticleRef | undefined {
  const [citation] = findCitations(`${law.replace(/^《|》$/g, '')}${article}`, table);
  return citation ? { law: citation.law, no: citation.articles[0] } : undefined;
}
