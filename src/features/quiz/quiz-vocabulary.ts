import type { LeaderboardScope } from '@api/quiz';

/**
 * Plain constants and small pure helpers of the quiz pages. The vocabulary shared with the
 * server (topics, types, scopes) lives once in src/domain/quiz-vocabulary.ts.
 */
export {
  LEADERBOARD_SCOPES as SCOPES,
  MIN_PLAUSIBLE_SECONDS,
  QUESTION_TYPE_LABELS as TYPE_LABELS,
  QUIZ_TOPICS as TOPICS,
} from '@/domain/quiz-vocabulary';

/** The countdown turns red and warns once this many seconds are left. */
export const WARNING_SECONDS = 30;

export const SCOPE_LABELS: Record<LeaderboardScope, string> = {
  today: '今日',
  event: '本次活动',
  all: '总榜',
};

export const MULTIPLE_HINT = '多选题，全部选对才得分';

/** 83 → "1分23秒", 45 → "45秒", 120 → "2分钟". */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  if (minutes === 0) return `${rest}秒`;
  return rest === 0 ? `${minutes}分钟` : `${minutes}分${rest}秒`;
}

/** The countdown face: 299 → "04:59". */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.ceil(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** Same set of keys, order ignored (multiple: no partial credit). */
export function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((key) => set.has(key));
}

/** Keys as shown: ['A','C'] → "AC"; none → "未作答". */
export const keysLabel = (keys: readonly string[]) =>
  keys.length === 0 ? '未作答' : [...keys].sort().join('');

/** A line of encouragement by score band (result page and poster). */
export function encouragement(score: number): string {
  if (score >= 100) return '满分！火眼金睛，识假辨假小能手';
  if (score >= 80) return '成绩优秀，消费维权知识掌握扎实';
  if (score >= 60) return '成绩合格，再接再厉更上一层楼';
  return '学无止境，看看错题解析再来挑战';
}

/** The county campaign line, e.g. "2027年青山县 3·15 提振消费信心". */
export function campaignLine(
  region: { county: string; theme: { year: number; title: string } } | undefined,
): string {
  return region
    ? `${region.theme.year}年${region.county} 3·15 ${region.theme.title}`
    : '3·15 放心消费在行动';
}

/** The share title of a result. */
export function shareTitle(score: number, county: string | undefined): string {
  return `我在${county ?? ''}3·15识假辨假答题中得了${score}分，你也来试试`;
}
