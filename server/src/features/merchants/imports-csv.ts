import { parse } from 'csv-parse/sync';
import { isPublicPhone } from '@/domain/contact-formats';
import { creditCodeParts, validateCreditCode } from '@/domain/credit-code';
import { MERCHANT_LIMITS as LIMITS, MERCHANT_TYPES } from '@/domain/merchant-vocabulary';
import type { LengthLimit } from '@/domain/text-length';
import type { MerchantType } from '@api/merchants';
import type { Region } from '@api/region';
import type { SubmittedBusiness } from '../../db/schema';
import { badRequest } from '../../plugins/app-error';

/**
 * The bureau's merchant list as CSV: a header row with these Chinese column names (any order,
 * other columns ignored), one merchant per row. Parsing and row checks only; writing is
 * imports-service.ts.
 */
export const CSV_COLUMNS = {
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
type Column = keyof typeof CSV_COLUMNS;
const REQUIRED: Column[] = ['creditCode', 'name', 'industry', 'town', 'address'];

/** One valid row. Optional cells left empty are undefined: an import never erases a value. */
export interface ImportFacts extends Omit<SubmittedBusiness, 'type'> {
  creditCode: string;
  /** From the 类型 cell; undefined when empty. */
  type?: MerchantType;
  /** From the code's entity-type character, for new merchants without a 类型. */
  defaultType: MerchantType;
}

/** Each data row in file order: its line number (header = 1) and either facts or a reason. */
export type ImportEntry = { row: number } & ({ facts: ImportFacts } | { reason: string });

/**
 * Excel in China saves CSV as GBK unless told otherwise: text that is not valid UTF-8 is read
 * as GB18030 (a superset of GBK), so both kinds of file import without a conversion step.
 */
export function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const PARSE_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: '引号没有闭合',
  CSV_INVALID_CLOSING_QUOTE: '引号后面出现了多余的字符',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: '引号后面出现了多余的字符',
};

/** Parse and check every row; 400 when the file itself cannot be read as CSV. */
export function parseMerchantCsv(text: string, region: Region): ImportEntry[] {
  let records: { record: string[]; info: { lines: number } }[];
  let lastLine = 0;
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const e = err as { code?: string; lines?: number };
    const why = (e.code && PARSE_ERRORS[e.code]) ?? '无法解析';
    // An unclosed quote swallows the rest of the file: name the line where it was opened.
    const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? lastLine + 1 : (e.lines ?? lastLine + 1);
    throw badRequest('CSV_MALFORMED', `CSV 文件第 ${line} 行格式有误：${why}`);
  }
  if (records.length === 0) throw badRequest('CSV_EMPTY', 'CSV 文件是空的，第一行应为表头');

  const header = records[0].record.map((h) => h.trim());
  const index = {} as Record<Column, number>;
  for (const [key, title] of Object.entries(CSV_COLUMNS) as [Column, string][]) {
    index[key] = header.indexOf(title);
  }
  const missing = REQUIRED.filter((c) => index[c] < 0).map((c) => CSV_COLUMNS[c]);
  if (missing.length > 0) {
    throw badRequest(
      'CSV_COLUMNS_MISSING',
      `CSV 表头缺少列：${missing.join('、')}。表头应为：${Object.values(CSV_COLUMNS).join(',')}`,
    );
  }

  const firstRowOf = new Map<string, number>();
  return records.slice(1).map(({ record, info }) => {
    // info.lines is where the record ends; a quoted cell may span lines, count them back.
    const row = info.lines - (record.join('').match(/\r\n|\r|\n/g)?.length ?? 0);
    const cell = (c: Column) => (index[c] >= 0 ? (record[index[c]] ?? '').trim() : '');
    const result = checkRow(
      cell,
      record.length > header.length ? record.slice(header.length) : [],
      region,
    );
    if ('reason' in result) return { row, reason: result.reason };
    const first = firstRowOf.get(result.creditCode);
    if (first !== undefined) return { row, reason: `统一社会信用代码与第 ${first} 行重复` };
    firstRowOf.set(result.creditCode, row);
    return { row, facts: result };
  });
}

function checkRow(
  cell: (c: Column) => string,
  extra: string[],
  region: Region,
): ImportFacts | { reason: string } {
  if (extra.some((v) => v.trim() !== '')) return { reason: '列数多于表头' };
  const code = validateCreditCode(cell('creditCode'));
  if (!code.ok) return { reason: `统一社会信用代码：${code.message}` };

  const name = cell('name');
  if (outside(name, LIMITS.name)) return { reason: `名称应为 ${between(LIMITS.name)} 个字` };
  const typeCell = cell('type');
  if (typeCell !== '' && !MERCHANT_TYPES.includes(typeCell as MerchantType)) {
    return { reason: `类型"${typeCell}"不正确，应为 ${MERCHANT_TYPES.join('、')} 之一` };
  }
  const industry = cell('industry');
  if (!region.industries.includes(industry)) {
    return { reason: industry === '' ? '行业不能为空' : `行业"${industry}"不在本县行业列表中` };
  }
  const town = cell('town');
  if (!region.towns.includes(town)) {
    return { reason: town === '' ? '镇街不能为空' : `镇街"${town}"不在本县镇（街道）列表中` };
  }
  const address = cell('address');
  if (outside(address, LIMITS.address)) {
    return { reason: `地址应为 ${between(LIMITS.address)} 个字` };
  }

  const [lngCell, latCell] = [cell('lng'), cell('lat')];
  let location: ImportFacts['location'];
  if ((lngCell === '') !== (latCell === '')) return { reason: '经度和纬度须同时填写或同时留空' };
  if (lngCell !== '') {
    const lng = Number(lngCell);
    const lat = Number(latCell);
    if (!/^-?\d+(\.\d+)?$/.test(lngCell) || !(Math.abs(lng) <= 180)) {
      return { reason: `经度"${lngCell}"不正确` };
    }
    if (!/^-?\d+(\.\d+)?$/.test(latCell) || !(Math.abs(lat) <= 90)) {
      return { reason: `纬度"${latCell}"不正确` };
    }
    location = { lat, lng };
  }
  const hours = cell('hours');
  if (chars(hours) > LIMITS.hours) return { reason: `营业时间最多 ${LIMITS.hours} 个字` };
  const publicPhone = cell('publicPhone');
  if (publicPhone !== '' && !isPublicPhone(publicPhone)) {
    return { reason: `公开电话"${publicPhone}"不正确` };
  }

  return {
    creditCode: code.code,
    name,
    ...(typeCell !== '' && { type: typeCell as MerchantType }),
    defaultType: typeFromCode(code.code),
    industry,
    town,
    address,
    ...(location && { location }),
    ...(hours !== '' && { hours }),
    ...(publicPhone !== '' && { publicPhone }),
  };
}

/** 类型 from the code's second character (under authority 9: 1 企业, 2 个体工商户, 3 合作社). */
export function typeFromCode(code: string): MerchantType {
  const name = creditCodeParts(code).entityType.name;
  return (MERCHANT_TYPES as readonly string[]).includes(name) ? (name as MerchantType) : '其他';
}

const chars = (s: string) => Array.from(s).length;
const outside = (s: string, { min, max }: LengthLimit) => chars(s) < min || chars(s) > max;
const between = ({ min, max }: LengthLimit) => `${min}–${max}`;
