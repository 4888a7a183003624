import { parse } from 'csv-parse/sync';
import { creditCodeParts } from '@/domain/credit-code';
import {
  checkMerchantRow,
  duplicateProblem,
  MERCHANT_CSV_COLUMNS as CSV_COLUMNS,
  REQUIRED_MERCHANT_COLUMNS as REQUIRED,
  type MerchantCsvColumn as Column,
  type MerchantRowFacts,
  type RowProblem,
} from '@/domain/merchant-import-rules';
import { MERCHANT_TYPES } from '@/domain/merchant-vocabulary';
import type { MerchantType } from '@api/merchants';
import type { Region } from '@api/region';
import { badRequest } from '../../plugins/app-error';

// The columns and the row rules are shared with the staff page (src/domain/merchant-import-rules);
// parsing and the county's lists here; writing is imports-service.ts.

/** One valid row, and the 类型 its code implies for new merchants without one. */
export interface ImportFacts extends MerchantRowFacts {
  defaultType: MerchantType;
}

/** Each data row in file order: its line number (header = 1) and either facts or every problem. */
export type ImportEntry = { row: number } & ({ facts: ImportFacts } | { problems: RowProblem[] });

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
    const extra = record.length > header.length ? record.slice(header.length) : [];
    const result = checkMerchantRow(cell, extra, region);
    const code = 'facts' in result ? result.facts.creditCode : cell('creditCode').toUpperCase();
    const first = firstRowOf.get(code);
    if (first === undefined && code !== '') firstRowOf.set(code, row);
    const duplicate = first !== undefined ? [duplicateProblem(first)] : [];
    if ('problems' in result) return { row, problems: [...result.problems, ...duplicate] };
    if (duplicate.length > 0) return { row, problems: duplicate };
    return { row, facts: { ...result.facts, defaultType: typeFromCode(result.facts.creditCode) } };
  });
}

/** 类型 from the code's second character (under authority 9: 1 企业, 2 个体工商户, 3 合作社). */
export function typeFromCode(code: string): MerchantType {
  const name = creditCodeParts(code).entityType.name;
  return (MERCHANT_TYPES as readonly string[]).includes(name) ? (name as MerchantType) : '其他';
}
