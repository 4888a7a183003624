/** The merchant list CSV the bureau exports (see the admin CLI's import): one header row. */
export const IMPORT_COLUMNS = [
  '统一社会信用代码',
  '名称',
  '类型',
  '行业',
  '镇街',
  '地址',
  '经度',
  '纬度',
  '营业时间',
  '公开电话',
] as const;

export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** RFC 4180: commas, CRLF or LF, quoted fields with "" escapes and line breaks inside. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface CsvCheck {
  /** The text to send: BOM removed. */
  text: string;
  /** Data rows (not the header, not blank lines). */
  rows: number;
  header: string[];
  missing: string[];
  unexpected: string[];
  /** Replacement characters: the file was not UTF-8 (e.g. GBK saved by Excel). */
  garbled: boolean;
  /** Ready to send: all columns there, at least one row, readable text. */
  ok: boolean;
}

export function checkCsv(raw: string): CsvCheck {
  const text = stripBom(raw);
  const [first = [], ...rest] = parseCsv(text);
  const header = first.map((name) => name.trim());
  const missing = IMPORT_COLUMNS.filter((column) => !header.includes(column));
  const unexpected = header.filter(
    (name) => name !== '' && !(IMPORT_COLUMNS as readonly string[]).includes(name),
  );
  const rows = rest.filter((row) => row.some((cell) => cell.trim() !== '')).length;
  const garbled = text.includes('\uFFFD');
  return {
    text,
    rows,
    header,
    missing,
    unexpected,
    garbled,
    ok: !garbled && missing.length === 0 && rows > 0,
  };
}
