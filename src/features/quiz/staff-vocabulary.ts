import type { Difficulty, QuestionStatus, ReportStatus } from '@api/quiz';
import { OPTION_KEYS } from '@/domain/quiz-vocabulary';

/**
 * Labels and limits of the staff pages. The vocabulary shared with the server (topics, types,
 * option keys, the import CSV header) lives once in src/domain/quiz-vocabulary.ts.
 */
export {
  DIFFICULTY_LABELS as DIFFICULTY_LABEL,
  IMPORT_CSV_COLUMNS,
  OPTION_KEYS,
  QUESTION_TYPE_LABELS as TYPE_LABEL,
  QUESTION_TYPES as STAFF_TYPES,
  QUIZ_TOPICS as STAFF_TOPICS,
  TRUE_FALSE_TEXTS,
} from '@/domain/quiz-vocabulary';

export const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];

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

export const MAX_OPTIONS = OPTION_KEYS.length;
export const MIN_OPTIONS = 2;

/** Limits of the contract (QuestionBody, ImportBody, ReportResolutionBody). */
export { QUESTION_LIMITS as LIMITS } from '@/domain/quiz-vocabulary';

export const IMPORT_CSV_EXAMPLES = [
  'q201,单选,识假辨假,3C认证,1,下列哪类商品必须有3C认证标志？,电热水壶,纸巾,苹果,毛巾,,,,,A,电热水壶属于强制性产品认证目录内的家用电器。,',
  'q202,判断,消费者权益,九项权利,1,消费者享有自主选择商品或者服务的权利。,,,,,,,,,对,消费者权益保护法第九条规定了自主选择权。,',
] as const;
