import { parse } from 'csv-parse/sync';
import {
  DIFFICULTY_LABELS,
  IMPORT_CSV_COLUMNS,
  OPTION_KEYS,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  QUIZ_TOPICS,
  REQUIRED_CSV_COLUMNS,
  TRUE_FALSE_TEXTS,
} from '@/domain/quiz-vocabulary';
import type { QuestionType, Topic } from '@api/quiz';
import { badRequest } from '../../../plugins/app-error';
import {
  ANSWER_HINT,
  TOPIC_HINT,
  schemaProblems,
  type ImportEntry,
  type ImportProblem,
} from './import-checks';

/** type and difficulty as staff write them in a spreadsheet: 单选 / single, 易 / 1. */
const TYPE_WORDS: Record<string, QuestionType> = Object.fromEntries(
  QUESTION_TYPES.flatMap((type) => [
    [type, type],
    [QUESTION_TYPE_LABELS[type], type],
    [`${QUESTION_TYPE_LABELS[type]}题`, type],
  ]),
);
const DIFFICULTY_WORDS: Record<string, 1 | 2 | 3> = Object.fromEntries(
  ([1, 2, 3] as const).flatMap((d) => [
    [String(d), d],
    [DIFFICULTY_LABELS[d], d],
  ]),
);

const TYPE_HINT = `应为 ${QUESTION_TYPES.map((t) => QUESTION_TYPE_LABELS[t]).join('、')}`;
const DIFFICULTY_HINT = '应为 1、2、3 或 易、中、难';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON array of bank questions, each checked field by field. */
export function parseJsonQuestions(content: string): ImportEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw badRequest('QUIZ_IMPORT_MALFORMED', '文件不是有效的 JSON');
  }
  if (!Array.isArray(data)) {
    throw badRequest('QUIZ_IMPORT_MALFORMED', 'JSON 文件应为题目数组：[{ "id": …, "stem": … }, …]');
  }
  return data.map((value, i) => {
    const label = `第${i + 1}题`;
    if (!isObject(value)) {
      return { label, problems: [{ message: '应为一道题：{ "id": …, "stem": … }' }] };
    }
    return { label, candidate: value, problems: schemaProblems(value) };
  });
}

/**
 * One CSV row → the question it describes and everything wrong with it, each under its column:
 * the spreadsheet words first (单选, 易, 对), then the contract for the other cells.
 */
function questionFromRow(cell: (column: string) => string): Omit<ImportEntry, 'label'> {
  const problems: ImportProblem[] = [];
  const say = (column: string, message: string) => problems.push({ column, message });
  const required = (column: string, hint: string) =>
    cell(column) === '' ? `必填，${hint}` : `「${cell(column)}」${hint}`;

  const type = TYPE_WORDS[cell('type')];
  if (!type) say('type', required('type', TYPE_HINT));
  const topic = cell('topic') as Topic;
  if (!QUIZ_TOPICS.includes(topic)) say('topic', required('topic', TOPIC_HINT));
  const difficulty = DIFFICULTY_WORDS[cell('difficulty')];
  if (!difficulty) say('difficulty', required('difficulty', DIFFICULTY_HINT));

  const texts = OPTION_KEYS.map((c) => cell(c));
  const last = texts.map((t) => t !== '').lastIndexOf(true);
  texts.slice(0, last + 1).forEach((text, i) => {
    if (text === '') say(OPTION_KEYS[i], '为空，但后面还有选项');
  });
  const options =
    type === 'true-false' && last < 0
      ? TRUE_FALSE_TEXTS.map((text, i) => ({ key: OPTION_KEYS[i], text }))
      : texts.slice(0, last + 1).map((text, i) => ({ key: OPTION_KEYS[i], text }));

  const raw = cell('answer').toUpperCase();
  const answer =
    type === 'true-false' && TRUE_FALSE_TEXTS.some((t) => t === raw)
      ? [OPTION_KEYS[TRUE_FALSE_TEXTS.findIndex((t) => t === raw)]]
      : raw
          .replace(/[\s,，、]/g, '')
          .split('')
          .filter(Boolean);
  if (answer.length === 0 || answer.some((key) => !/^[A-H]$/.test(key))) {
    say('answer', required('answer', type === 'true-false' ? '应为 对 或 错' : ANSWER_HINT));
  }

  const image = cell('image');
  const candidate = {
    id: cell('id'),
    type: type ?? cell('type'),
    topic,
    subtopic: cell('subtopic'),
    difficulty: difficulty ?? cell('difficulty'),
    stem: cell('stem'),
    options,
    answer,
    explanation: cell('explanation'),
    ...(image ? { image } : {}),
  };
  const known = new Set(problems.map((p) => p.column ?? ''));
  problems.push(...schemaProblems(candidate, known));
  return { candidate, problems };
}

/**
 * CSV with the header IMPORT_CSV_COLUMNS (any order; image and options E–H may be left out).
 * 判断 rows may leave A/B empty (对/错 are filled in) and answer 对 or 错.
 */
export function parseCsvQuestions(content: string): ImportEntry[] {
  let records: string[][];
  try {
    records = parse(content, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch {
    throw badRequest('QUIZ_IMPORT_MALFORMED', 'CSV 文件格式有误（引号没有闭合或多余字符）');
  }
  if (records.length === 0) throw badRequest('QUIZ_IMPORT_MALFORMED', 'CSV 文件是空的');
  const header = records[0].map((h) => h.trim());
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw badRequest(
      'QUIZ_IMPORT_MALFORMED',
      `CSV 表头缺少列：${missing.join(', ')}。表头应为：${IMPORT_CSV_COLUMNS.join(',')}`,
    );
  }
  return records.slice(1).map((record, i) => {
    const cell = (column: string) => {
      const at = header.indexOf(column);
      return at < 0 ? '' : (record[at] ?? '').trim();
    };
    return { label: `第${i + 2}行`, ...questionFromRow(cell) };
  });
}
