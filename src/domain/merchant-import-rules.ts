import { isPublicPhone } from './contact-formats';
import { validateCreditCode } from './credit-code';
import { MERCHANT_LIMITS as LIMITS, MERCHANT_TYPES } from './merchant-vocabulary';
import type { LengthLimit } from './text-length';

/**
 * The bureau's merchant list as CSV: a header row with these Chinese column names (any order,
 * other columns ignored), one merchant per row. The staff page checks every row before sending;
 * the server checks them again (with the county's 行业 and 镇街) and is the authority.
 */
export const MERCHANT_CSV_COLUMNS = {
  creditCode: '统一社会信用代码',
  name: '名称',
  type: '类型',
  industry: '行业',
  town: '镇街',
  address: '地址',
  lng: '经度',
  lat: '纬度',
  hours: '营业时间',
  publicPhone: '公开电话',
} as const;
export type MerchantCsvColumn = keyof typeof MERCHANT_CSV_COLUMNS;
export const REQUIRED_MERCHANT_COLUMNS: readonly MerchantCsvColumn[] = [
  'creditCode',
  'name',
  'industry',
  'town',
  'address',
];

/** One thing wrong in a row: the column as the header names it (none: the whole row). */
export interface RowProblem {
  column?: string;
  message: string;
}

/** One valid row. Optional cells left empty are undefined: an import never erases a value. */
export interface MerchantRowFacts {
  creditCode: string;
  name: string;
  /** From the 类型 cell; undefined when empty. */
  type?: (typeof MERCHANT_TYPES)[number];
  industry: string;
  town: string;
  address: string;
  location?: { lat: number; lng: number };
  hours?: string;
  publicPhone?: string;
}

/** The county's lists; without them (the page before it has loaded them) 行业/镇街 go unchecked. */
export interface RegionLists {
  industries: readonly string[];
  towns: readonly string[];
}

const chars = (s: string) => Array.from(s).length;
const outside = (s: string, { min, max }: LengthLimit) => chars(s) < min || chars(s) > max;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Every problem of one row, each under its column, or the facts when there are none.
 * `extra` is the cells beyond the header (a row with more cells than columns).
 */
export function checkMerchantRow(
  cell: (column: MerchantCsvColumn) => string,
  extra: readonly string[],
  region?: RegionLists,
): { facts: MerchantRowFacts } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const say = (column: MerchantCsvColumn | undefined, message: string) =>
    problems.push(column ? { column: MERCHANT_CSV_COLUMNS[column], message } : { message });

  if (extra.some((v) => v.trim() !== '')) say(undefined, '这一行的列数多于表头');
  const code = validateCreditCode(cell('creditCode'));
  if (!code.ok) {
    // The column is named beside the message already.
    say(
      'creditCode',
      code.reason === 'empty' ? '不能为空' : code.message.replace(/^统一社会信用代码/, ''),
    );
  }

  const name = cell('name');
  if (outside(name, LIMITS.name)) {
    say('name', `应为 ${LIMITS.name.min}–${LIMITS.name.max} 个字，现为 ${chars(name)} 个字`);
  }
  const type = cell('type');
  const knownType = MERCHANT_TYPES.find((t) => t === type);
  if (type !== '' && !knownType) {
    say('type', `"${type}"不正确，应为 ${MERCHANT_TYPES.join('、')} 之一，或留空`);
  }
  const industry = cell('industry');
  if (industry === '') say('industry', '不能为空');
  else if (region && !region.industries.includes(industry)) {
    say('industry', `"${industry}"不在本县行业列表中`);
  }
  const town = cell('town');
  if (town === '') say('town', '不能为空');
  else if (region && !region.towns.includes(town)) {
    say('town', `"${town}"不在本县镇（街道）列表中`);
  }
  const address = cell('address');
  if (outside(address, LIMITS.address)) {
    say(
      'address',
      `应为 ${LIMITS.address.min}–${LIMITS.address.max} 个字，现为 ${chars(address)} 个字`,
    );
  }

  const [lngCell, latCell] = [cell('lng'), cell('lat')];
  const lng = Number(lngCell);
  const lat = Number(latCell);
  if (lngCell !== '' && !(NUMBER.test(lngCell) && Math.abs(lng) <= 180)) {
    say('lng', `"${lngCell}"不正确，应为 -180 到 180 之间的数，如 119.30`);
  }
  if (latCell !== '' && !(NUMBER.test(latCell) && Math.abs(lat) <= 90)) {
    say('lat', `"${latCell}"不正确，应为 -90 到 90 之间的数，如 26.08`);
  }
  if ((lngCell === '') !== (latCell === '')) {
    say(lngCell === '' ? 'lng' : 'lat', '经度和纬度须同时填写或同时留空');
  }
  const hours = cell('hours');
  if (chars(hours) > LIMITS.hours)
    say('hours', `最多 ${LIMITS.hours} 个字，现为 ${chars(hours)} 个字`);
  const publicPhone = cell('publicPhone');
  if (publicPhone !== '' && !isPublicPhone(publicPhone)) {
    say('publicPhone', `"${publicPhone}"不正确，应为 5–20 位数字，可含 -`);
  }

  if (problems.length > 0 || !code.ok) return { problems };
  return {
    facts: {
      creditCode: code.code,
      name,
      ...(knownType && { type: knownType }),
      industry,
      town,
      address,
      ...(lngCell !== '' && { location: { lat, lng } }),
      ...(hours !== '' && { hours }),
      ...(publicPhone !== '' && { publicPhone }),
    },
  };
}

/** A row's problems in one line, for a terminal or a log: "名称：…；地址：…". */
export const problemsText = (problems: readonly RowProblem[]) =>
  problems.map((p) => (p.column ? `${p.column}：${p.message}` : p.message)).join('；');

/** The second row with a credit code already seen: a problem naming the first. */
export function duplicateProblem(firstRow: number): RowProblem {
  return { column: MERCHANT_CSV_COLUMNS.creditCode, message: `与第 ${firstRow} 行重复` };
}
