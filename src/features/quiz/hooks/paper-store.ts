import type { Paper, SubmissionResult } from '@api/quiz';
import { newIdempotencyKey } from '@/services/request';
import { storage } from '@/services/storage';

/**
 * A paper being answered, kept in storage under its id: an app restart, a lost signal or a
 * failed submission loses nothing. The countdown runs from `receivedAt` (this phone's clock at
 * receipt) for `paper.durationSeconds`, never from the server's expiresAt.
 */
export interface PaperDraft {
  paper: Paper;
  /** Date.now() when the paper arrived. */
  receivedAt: number;
  /** Question id → chosen keys (in key order). */
  answers: Record<string, string[]>;
  /** The question on screen (0-based). */
  current: number;
  /** One key per paper: a resubmission after a lost answer replays the first. */
  idempotencyKey: string;
}

/** A result as kept for the result and poster pages (and what was left to draw that day). */
export interface StoredResult {
  result: SubmissionResult;
  remainingToday?: number;
}

const draftKey = (id: string) => `fx.quiz.paper.${id}`;
const resultKey = (id: string) => `fx.quiz.result.${id}`;
/** The id of the paper last drawn and not yet submitted, for 继续答题 on the landing page. */
const OPEN_KEY = 'fx.quiz.open';

export const paperDrafts = {
  start(paper: Paper, now = Date.now()): PaperDraft {
    const draft: PaperDraft = {
      paper,
      receivedAt: now,
      answers: {},
      current: 0,
      idempotencyKey: newIdempotencyKey(),
    };
    storage.set(draftKey(paper.paperId), draft);
    storage.set(OPEN_KEY, paper.paperId);
    return draft;
  },
  get(id: string): PaperDraft | undefined {
    const draft = id ? storage.get<PaperDraft>(draftKey(id)) : undefined;
    return draft?.paper?.questions ? draft : undefined;
  },
  save(draft: PaperDraft): void {
    storage.set(draftKey(draft.paper.paperId), draft);
  },
  clear(id: string): void {
    storage.remove(draftKey(id));
    if (storage.get<string>(OPEN_KEY) === id) storage.remove(OPEN_KEY);
  },
  /** The unfinished paper, if any (its time may have run out). */
  open(): PaperDraft | undefined {
    const id = storage.get<string>(OPEN_KEY);
    const draft = id ? paperDrafts.get(id) : undefined;
    if (id && !draft) storage.remove(OPEN_KEY);
    return draft;
  },
};

/** Results kept on the phone (the newest); older ones are read back from the server. */
export const KEPT_RESULTS = 10;
const RESULT_IDS_KEY = 'fx.quiz.results';

export const storedResults = {
  get: (id: string): StoredResult | undefined =>
    id ? storage.get<StoredResult>(resultKey(id)) : undefined,
  /** Keeps the newest KEPT_RESULTS: a year of daily quizzes must not fill the 10 MB storage. */
  set: (id: string, value: StoredResult) => {
    const ids = [id, ...(storage.get<string[]>(RESULT_IDS_KEY) ?? []).filter((old) => old !== id)];
    for (const old of ids.slice(KEPT_RESULTS)) storage.remove(resultKey(old));
    storage.set(RESULT_IDS_KEY, ids.slice(0, KEPT_RESULTS));
    storage.set(resultKey(id), value);
  },
};

/** The answers to send: only questions with a choice (unanswered ones count as wrong anyway). */
export function answersBody(draft: PaperDraft): Record<string, string[]> {
  const body: Record<string, string[]> = {};
  for (const question of draft.paper.questions) {
    const chosen = draft.answers[question.id];
    if (chosen && chosen.length > 0) body[question.id] = [...chosen].sort();
  }
  return body;
}
