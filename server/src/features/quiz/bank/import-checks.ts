import type { FastifySchemaValidationError } from 'fastify';
import {
  IMPORT_CSV_COLUMNS,
  OPTION_KEYS,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  QUIZ_TOPICS,
} from '@/domain/quiz-vocabulary';
import { BankQuestion, QuestionOption } from '@api/quiz';
import { translateValidation } from '../../../plugins/validation-messages';
import { buildValidator } from '../../../plugins/validator';
import { closed } from '../../../schemas';
import { validateBank, type BankProblem } from './validate-bank';

/**
 * One thing wrong in one entry of an import file: the column (CSV header name, or the JSON
 * property; an option is its letter A–H) and a Chinese sentence without the column's name.
 */
export interface ImportProblem {
  column?: string;
  message: string;
}

/** Where an entry is (第3行 / 第3题), what it would import, and everything wrong with it. */
export interface ImportEntry {
  label: string;
  /** The question as read, checked or not (undefined when the entry is not an object). */
  candidate?: Record<string, unknown>;
  problems: ImportProblem[];
}

type Check = ((value: unknown) => boolean) & { errors?: FastifySchemaValidationError[] | null };

/** The request body's validator (one error at a time), for one part of a question. */
const compile = (schema: unknown): Check =>
  buildValidator(
    {},
    {},
  )({
    schema: schema as object,
    method: 'POST',
    url: '/quiz/questions/import',
    httpPart: 'body',
  }) as Check;

const QUESTION = closed(BankQuestion);
const PROPERTY_CHECKS = Object.fromEntries(
  Object.entries(QUESTION.properties).map(([key, schema]) => [key, compile(schema)]),
) as Record<string, Check>;
const REQUIRED = new Set<string>(QUESTION.required ?? []);
const OPTION_CHECK = compile(closed(QuestionOption));

export const TOPIC_HINT = `应为 ${QUIZ_TOPICS.join('、')} 之一`;
export const ANSWER_HINT = '应为正确选项的字母，如 A 或 AC';

/** Sentences for the fields whose schema words ("格式不正确") would not help. */
const HINTS: Record<string, string> = {
  id: '只能用小写字母、数字和 -，最长40个字符，如 q201',
  type: `应为 ${QUESTION_TYPES.join('、')}（${QUESTION_TYPES.map((t) => QUESTION_TYPE_LABELS[t]).join('、')}）`,
  topic: TOPIC_HINT,
  difficulty: '应为 1、2 或 3（易、中、难）',
  answer: '应为正确选项字母的数组，如 ["A"] 或 ["A","C"]',
};

const shown = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? `「${value}」` : '';

/** The first schema problem of one value, in the request body's Chinese words. */
function schemaMessage(check: Check, value: unknown): string | undefined {
  if (check(value)) return undefined;
  const { fields } = translateValidation(check.errors ?? [], 'body');
  const [[field, text]] = Object.entries(fields);
  return field === 'body' || field === 'text' ? text : `${field}：${text}`;
}

/** 2 to 8 options, each a key and a text: a problem per option, under its letter. */
function optionProblems(options: unknown): ImportProblem[] {
  if (!Array.isArray(options)) {
    return [{ column: 'options', message: '应为选项数组：[{ "key": "A", "text": … }, …]' }];
  }
  const problems: ImportProblem[] = [];
  if (options.length < 2) problems.push({ column: 'options', message: '至少需要 2 个选项' });
  if (options.length > OPTION_KEYS.length) {
    problems.push({ column: 'options', message: `最多 ${OPTION_KEYS.length} 个选项` });
  }
  options.slice(0, OPTION_KEYS.length).forEach((option, i) => {
    const message = schemaMessage(OPTION_CHECK, option);
    if (message) problems.push({ column: OPTION_KEYS[i], message });
  });
  return problems;
}

/**
 * Every field of one question against the contract, one problem per field (so a row lists all
 * its mistakes), skipping the columns `known` already names.
 */
export function schemaProblems(
  candidate: Record<string, unknown>,
  known: ReadonlySet<string> = new Set(),
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const [key, check] of Object.entries(PROPERTY_CHECKS)) {
    if (known.has(key)) continue;
    const value = candidate[key];
    if (value === undefined) {
      if (REQUIRED.has(key))
        problems.push({ column: key, message: HINTS[key] ? `必填，${HINTS[key]}` : '必填' });
      continue;
    }
    if (key === 'options') {
      problems.push(...optionProblems(value).filter((p) => !known.has(p.column ?? '')));
      continue;
    }
    const message = schemaMessage(check, value);
    if (message) {
      problems.push({
        column: key,
        message: HINTS[key] ? `${shown(value)}${HINTS[key]}` : message,
      });
    }
  }
  for (const key of Object.keys(candidate)) {
    if (!(key in PROPERTY_CHECKS))
      problems.push({ column: key, message: '不是题目的字段，请删除' });
  }
  return problems;
}

/** validateBank can read a question whose options and answer have the right shape. */
function readable(candidate: Record<string, unknown> | undefined): candidate is BankQuestion {
  if (!candidate) return false;
  const { options, answer } = candidate;
  return (
    Array.isArray(options) &&
    options.every((o) => typeof o === 'object' && o !== null) &&
    Array.isArray(answer)
  );
}

/**
 * The bank's own rules (answer counts, 判断 options, ids repeated in the file) added to each
 * entry, for the columns the contract checks found nothing in; one sentence per column.
 */
export function addBankProblems(entries: ImportEntry[]): void {
  const checked = entries.filter((e) => readable(e.candidate));
  const byColumn = new Map<ImportEntry, Map<string, string[]>>();
  for (const problem of validateBank(checked.map((e) => e.candidate as BankQuestion))) {
    const entry = checked[problem.index];
    const column = columnOf(problem);
    if (entry.problems.some((p) => p.column === column)) continue;
    const columns = byColumn.get(entry) ?? new Map<string, string[]>();
    columns.set(column, [...(columns.get(column) ?? []), problem.message]);
    byColumn.set(entry, columns);
  }
  for (const [entry, columns] of byColumn) {
    for (const [column, messages] of columns) {
      entry.problems.push({ column, message: [...new Set(messages)].join('；') });
    }
  }
}

/** A problem with one option goes under that option's letter; the rest under their field. */
function columnOf(problem: BankProblem): string {
  if (problem.code === 'empty-option') {
    return problem.message.match(/选项 ([A-H])/)?.[1] ?? problem.field;
  }
  return problem.field;
}

/** The order problems are listed in: the file's columns, left to right (JSON's options, retired last). */
const COLUMN_ORDER: readonly string[] = [
  ...IMPORT_CSV_COLUMNS.slice(0, IMPORT_CSV_COLUMNS.indexOf('stem') + 1),
  'options',
  ...IMPORT_CSV_COLUMNS.slice(IMPORT_CSV_COLUMNS.indexOf('stem') + 1),
  'retired',
];
const rank = (column?: string) => {
  const at = COLUMN_ORDER.indexOf(column ?? '');
  return at < 0 ? COLUMN_ORDER.length : at;
};

/**
 * The 400's fields: `第3行.type` → sentence, every problem of every entry, in file and column
 * order (a problem of the whole entry is keyed by the entry alone).
 */
export function importFields(entries: readonly ImportEntry[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const entry of entries) {
    const sorted = [...entry.problems].sort((a, b) => rank(a.column) - rank(b.column));
    for (const problem of sorted) {
      const key = problem.column ? `${entry.label}.${problem.column}` : entry.label;
      fields[key] = fields[key] ? `${fields[key]}；${problem.message}` : problem.message;
    }
  }
  return fields;
}
