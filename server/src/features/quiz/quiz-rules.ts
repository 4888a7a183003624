import dayjs from 'dayjs';
import type { Region } from '@api/region';

/** Questions on every paper: balanced across the three topics (4/3/3). */
export const QUESTIONS_PER_PAPER = 10;
/** A submission this late after expiresAt is still taken: the tap happened before 0. */
export const SUBMIT_GRACE_SECONDS = 10;

export interface QuizRules {
  questionsPerPaper: number;
  paperSeconds: number;
  dailyPapers: number;
  /** The "this event" leaderboard window (Asia/Shanghai dates, inclusive). */
  campaign: { from: string; to: string };
}

/** The county's quiz rules with defaults: 5 minutes, 3 papers a day, the event's month. */
export function quizRules(region: Region): QuizRules {
  const eventDay = dayjs(region.event.date);
  return {
    questionsPerPaper: QUESTIONS_PER_PAPER,
    paperSeconds: region.quiz?.paperSeconds ?? 300,
    dailyPapers: region.quiz?.dailyPapers ?? 3,
    campaign: region.quiz?.campaign ?? {
      from: eventDay.startOf('month').format('YYYY-MM-DD'),
      to: eventDay.endOf('month').format('YYYY-MM-DD'),
    },
  };
}
