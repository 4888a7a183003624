import type { BadRow, RowProblem } from '@/components/import-parts';
import { IMPORT_CSV_COLUMNS, OPTION_KEYS, REQUIRED_CSV_COLUMNS } from '@/domain/quiz-vocabulary';

export type ImportFormat = 'json' | 'csv';

export const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** json or csv: from the file's extension when there is one, else from the first character. */
export function detectFormat(text: string, fileName?: string): ImportFormat {
  const extension = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (extension === 'json') return 'json';
  if (extension === 'csv') return 'csv';
  const first = stripBom(text).trimStart()[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}

export interface TextCheck {
  /** Questions (JSON array items) or data rows (CSV, header and blank lines not counted). */
  count: number;
  /** What is wrong before sending, if anything. */
  problem?: string;
}

/** A quick look before sending: the JSON parses to an array; the CSV has the header. */
export function checkText(text: string, format: ImportFormat): TextCheck {
  const body = stripBom(text).trim();
  if (!body) return { count: 0, problem: '内容为空' };
  if (body.includes('\uFFFD')) {
    return {
      count: 0,
      problem: '文件不是 UTF-8 编码，中文无法识别。请另存为“CSV UTF-8（逗号分隔）”后重新选择。',
    };
  }
  if (format === 'json') {
    try {
      const parsed: unknown = JSON.parse(body);
      if (!Array.isArray(parsed)) return { count: 0, problem: 'JSON 应为题目数组：[ {…}, {…} ]' };
      return parsed.length ? { count: parsed.length } : { count: 0, problem: '数组中没有题目' };
    } catch {
      return { count: 0, problem: 'JSON 格式有误，无法解析' };
    }
  }
  const lines = body.split(/\r?\n/);
  const header = lines[0].split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
  const missing = REQUIRED_CSV_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length) {
    return {
      count: 0,
      problem: `第一行应为表头：${IMPORT_CSV_COLUMNS.join(',')}（缺少 ${missing.join('、')}）`,
    };
  }
  // Approximate (a quoted field may hold a line break); the server counts exactly.
  const count = lines.slice(1).filter((line) => line.replace(/[,\s]/g, '') !== '').length;
  return count ? { count } : { count: 0, problem: '表头下没有数据行' };
}

/** What each column holds, next to its name in the file, so staff find the cell and know it. */
const COLUMN_NAMES: Record<string, string> = {
  id: '编号',
  type: '题型',
  topic: '专题',
  subtopic: '细分类别',
  difficulty: '难度',
  stem: '题干',
  options: '选项',
  answer: '答案',
  explanation: '解析',
  image: '配图',
  retired: '停用',
};

/** "type" → "题型 type", "B" → "选项B"; a column the app does not know stays as the file names it. */
export const columnLabel = (column: string) =>
  (OPTION_KEYS as readonly string[]).includes(column)
    ? `选项${column}`
    : COLUMN_NAMES[column]
      ? `${COLUMN_NAMES[column]} ${column}`
      : column;

/**
 * The server's problems ({ "第3行.type": reason, "第3行.answer": reason }) as rows, in file
 * order, each with every problem in column order (a key without a column is the whole row).
 */
export function badRows(fields: Record<string, string>): BadRow[] {
  const rows = new Map<string, RowProblem[]>();
  for (const [key, message] of Object.entries(fields)) {
    const [row, column] = key.split(/\.(.*)/s);
    rows.set(row, [
      ...(rows.get(row) ?? []),
      column ? { column: columnLabel(column), message } : { message },
    ]);
  }
  const number = (row: string) => Number(row.match(/\d+/)?.[0] ?? Infinity);
  return [...rows]
    .sort(([a], [b]) => number(a) - number(b))
    .map(([row, problems]) => ({
      key: row,
      title: row.replace(/(\d+)/, ' $1 '),
      problems,
    }));
}
