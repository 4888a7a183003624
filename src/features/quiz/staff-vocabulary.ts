import type { Difficulty, QuestionStatus, QuestionType, ReportStatus, Topic } from '@api/quiz';

/**
 * Plain labels for the staff pages (the contract's values are TypeBox schemas, which must not
 * reach the weapp bundle). Kept in step with types/api/quiz.ts by the type annotations.
 */
export const STAFF_TOPICS: readonly Topic[] = ['识假辨假', '消费者权益', '投诉维权'];

export const STAFF_TYPES: readonly QuestionType[] = ['single', 'multiple', 'true-false'];

export const TYPE_LABEL: Record<QuestionType, string> = {
  single: '单选',
  multiple: '多选',
  'true-false': '判断',
};

export const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];

export const DIFFICULTY_LABEL: Record<Difficulty, string> = { 1: '易', 2: '中', 3: '难' };

export const QUESTION_STATUS_LABEL: Record<QuestionStatus, string> = {
  active: '在用',
  retired: '已停用',
};

export const REPORT_STATUS_LABEL: Record<ReportStatus, string> = {
  open: '待处理',
  fixed: '已修正',
  dismissed: '已驳回',
};

export const REPORT_STATUSES: readonly ReportStatus[] = ['open', 'fixed', 'dismissed'];

/** Option keys in order: A … H (at most 8 options). */
export const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export const MAX_OPTIONS = OPTION_KEYS.length;
export const MIN_OPTIONS = 2;

/** The fixed options of every 判断 question. */
export const TRUE_FALSE_TEXTS = ['对', '错'] as const;

/** Limits from the contract (QuestionBody). */
export const LIMITS = {
  subtopic: 20,
  stem: 200,
  option: 100,
  explanation: 300,
  image: 500,
  note: 200,
  importChars: 1_000_000,
} as const;

/** The import CSV header, in the server's order. */
export const IMPORT_CSV_COLUMNS = [
  'id',
  'type',
  'topic',
  'subtopic',
  'difficulty',
  'stem',
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'answer',
  'explanation',
  'image',
] as const;

export const IMPORT_CSV_EXAMPLES = [
  'q201,单选,识假辨假,3C认证,1,下列哪类商品必须有3C认证标志？,电热水壶,纸巾,苹果,毛巾,,,,,A,电热水壶属于强制性产品认证目录内的家用电器。,',
  'q202,判断,消费者权益,九项权利,1,消费者享有自主选择商品或者服务的权利。,,,,,,,,,对,消费者权益保护法第九条规定了自主选择权。,',
] as const;
