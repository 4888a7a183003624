import { parse } from 'csv-parse/sync';
import type { FastifySchemaValidationError } from 'fastify';
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
import { BankQuestion, type QuestionType, type Topic } from '@api/quiz';
import { badRequest } from '../../../plugins/app-error';
import { translateValidation } from '../../../plugins/validation-messages';
import { buildValidator } from '../../../plugins/validator';
import { closed } from '../../../schemas';

/** One entry of an import file: where it is (第3行 / 第3题) and the question or why not. */
export type ImportEntry = { label: string } & ({ question: BankQuestion } | { reason: string });

/** The same checks as a request body, with the same Chinese messages. */
const checkQuestion = buildValidator(
  {},
  {},
)({
  schema: closed(BankQuestion),
  method: 'POST',
  url: '/quiz/questions/import',
  httpPart: 'body',
}) as ((value: unknown) => boolean) & { errors?: FastifySchemaValidationError[] | null };

function schemaReason(value: unknown): string | undefined {
  if (checkQuestion(value)) return undefined;
  return translateValidation(checkQuestion.errors ?? [], 'body').message;
}

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

/** A JSON array of bank questions. */
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
    const reason = schemaReason(value);
    return reason ? { label, reason } : { label, question: value as BankQuestion };
  });
}

/** One CSV row → a question, or the first thing wrong with it. */
function questionFromRow(cell: (column: string) => string): BankQuestion | string {
  const type = TYPE_WORDS[cell('type')];
  if (!type) return `type「${cell('type')}」应为 单选/多选/判断`;
  const topic = cell('topic') as Topic;
  if (!QUIZ_TOPICS.includes(topic)) return `topic「${cell('topic')}」应为 ${QUIZ_TOPICS.join('/')}`;
  const difficulty = DIFFICULTY_WORDS[cell('difficulty')];
  if (!difficulty) return `difficulty「${cell('difficulty')}」应为 1/2/3 或 易/中/难`;

  const texts = OPTION_KEYS.map((c) => cell(c));
  const last = texts.map((t) => t !== '').lastIndexOf(true);
  const gap = texts.slice(0, last + 1).findIndex((t) => t === '');
  if (gap >= 0) return `选项 ${OPTION_KEYS[gap]} 为空，但后面还有选项`;
  const options =
    type === 'true-false' && last < 0
      ? TRUE_FALSE_TEXTS.map((text, i) => ({ key: OPTION_KEYS[i], text }))
      : texts.slice(0, last + 1).map((text, i) => ({ key: OPTION_KEYS[i], text }));

  const raw = cell('answer').toUpperCase();
  const answer =
    type === 'true-false' && TRUE_FALSE_TEXTS.some((t) => t === raw)
      ? [OPTION_KEYS[TRUE_FALSE_TEXTS.findIndex((t) => t === raw)]]
      : raw.replace(/[\s,，、]/g, '').split('');
  const image = cell('image');
  return {
    id: cell('id'),
    type,
    topic,
    subtopic: cell('subtopic'),
    difficulty,
    stem: cell('stem'),
    options,
    answer,
    explanation: cell('explanation'),
    ...(image ? { image } : {}),
  };
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
    const label = `第${i + 2}行`;
    const cell = (column: string) => {
      const at = header.indexOf(column);
      return at < 0 ? '' : (record[at] ?? '').trim();
    };
    const question = questionFromRow(cell);
    if (typeof question === 'string') return { label, reason: question };
    const reason = schemaReason(question);
    return reason ? { label, reason } : { label, question };
  });
}
