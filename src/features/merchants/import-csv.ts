import type { BadRow } from '@/components/import-parts';
import {
  checkMerchantRow,
  duplicateProblem,
  MERCHANT_CSV_COLUMNS,
  REQUIRED_MERCHANT_COLUMNS,
  type MerchantCsvColumn,
  type RegionLists,
  type RowProblem,
} from '@/domain/merchant-import-rules';

/** The merchant list CSV the bureau exports (see the admin CLI's import): one header row. */
export const IMPORT_COLUMNS = Object.values(MERCHANT_CSV_COLUMNS);
const REQUIRED = REQUIRED_MERCHANT_COLUMNS.map((column) => MERCHANT_CSV_COLUMNS[column]);

export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** One record and the line it starts on (1 = the header), as the server numbers rows. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/** RFC 4180: commas, CRLF or LF, quoted fields with "" escapes and line breaks inside. */
export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const end = () => {
    row.push(field);
    records.push({ cells: row, line: start });
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line += 1;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      end();
      line += 1;
      start = line;
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) end();
  return records;
}

export const parseCsv = (text: string): string[][] =>
  parseCsvRecords(text).map((record) => record.cells);

export interface CsvCheck {
  /** The text to send: BOM removed. */
  text: string;
  /** Data rows (not the header, not blank lines). */
  rows: number;
  header: string[];
  /** Required columns the header lacks (the file cannot be imported). */
  missing: string[];
  /** Optional columns the header lacks (those facts are left as they are). */
  optionalMissing: string[];
  unexpected: string[];
  /** Replacement characters: the file was not UTF-8 (e.g. GBK saved by Excel). */
  garbled: boolean;
  /** Rows the server will not import, with every problem found (行业/镇街 once the county is known). */
  badRows: BadRow[];
  /** Ready to send: the required columns there, at least one row, readable text. */
  ok: boolean;
}

/** Every data row through the same rules the server applies; duplicates of a code too. */
function rowProblems(header: string[], records: CsvRecord[], region?: RegionLists): BadRow[] {
  const at = (column: MerchantCsvColumn) => header.indexOf(MERCHANT_CSV_COLUMNS[column]);
  const firstLineOf = new Map<string, number>();
  const bad: BadRow[] = [];
  for (const { cells, line } of records) {
    // Only a truly empty line is skipped, as the server's parser does.
    if (cells.length === 1 && cells[0] === '') continue;
    const cell = (column: MerchantCsvColumn) =>
      at(column) >= 0 ? (cells[at(column)] ?? '').trim() : '';
    const result = checkMerchantRow(cell, cells.slice(header.length), region);
    const problems: RowProblem[] = 'problems' in result ? [...result.problems] : [];
    const code = cell('creditCode').toUpperCase();
    const first = firstLineOf.get(code);
    if (first !== undefined) problems.push(duplicateProblem(first));
    else if (code !== '') firstLineOf.set(code, line);
    if (problems.length > 0) bad.push({ key: String(line), title: `第 ${line} 行`, problems });
  }
  return bad;
}

export function checkCsv(raw: string, region?: RegionLists): CsvCheck {
  const text = stripBom(raw);
  const [first, ...rest] = parseCsvRecords(text);
  const header = (first?.cells ?? []).map((name) => name.trim());
  const missing = REQUIRED.filter((column) => !header.includes(column));
  const optionalMissing = IMPORT_COLUMNS.filter(
    (column) => !REQUIRED.includes(column) && !header.includes(column),
  );
  const unexpected = header.filter(
    (name) => name !== '' && !(IMPORT_COLUMNS as readonly string[]).includes(name),
  );
  const rows = rest.filter((record) => record.cells.some((cell) => cell.trim() !== '')).length;
  const garbled = text.includes('\uFFFD');
  const readable = !garbled && missing.length === 0;
  return {
    text,
    rows,
    header,
    missing,
    optionalMissing,
    unexpected,
    garbled,
    badRows: readable ? rowProblems(header, rest, region) : [],
    ok: readable && rows > 0,
  };
}
