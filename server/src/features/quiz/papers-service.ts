import { randomInt } from 'node:crypto';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { ulid } from 'ulid';
import {
  MIN_PLAUSIBLE_SECONDS,
  type CreatePaperBody,
  type OptionKey,
  type Paper,
  type PaperQuestion,
  type SubmissionBody,
  type SubmissionResult,
} from '@api/quiz';
import type { AppDeps } from '../../deps';
import { shanghaiDate } from '../../time';
import { badRequest, conflict, notFound } from '../../plugins/app-error';
import { activeBank } from './bank-cache';
import { drawQuestions, showQuestion } from './draw';
import { upsertMistakes } from './mistakes-repository';
import {
  countPapersOn,
  findPaper,
  insertPaper,
  markAnswers,
  markSubmitted,
  nextPaperOfDay,
  paperQuestions,
} from './papers-repository';
import { questionExplanations } from './questions-repository';
import { answerProblems, scoreAnswers } from './scoring';
import { QUESTIONS_PER_PAPER, SUBMIT_GRACE_SECONDS } from './quiz-rules';
import { currentRules } from './quiz-service';

/** A paper's life: drawn, answered against the clock, submitted once, read back. */

type Deps = Pick<AppDeps, 'db' | 'now'>;

const paperNotFound = () => notFound('QUIZ_PAPER_NOT_FOUND', '试卷不存在');

/**
 * Draw a paper: balanced across topics, options shuffled, the answers kept here. The daily
 * limit is a counter taken inside the transaction, so two taps at once cannot both pass it.
 */
export async function createPaper(
  deps: Deps,
  userId: string,
  body: CreatePaperBody,
  claim?: IdempotencyClaim,
): Promise<Paper> {
  const db = deps.db.db;
  const rules = await currentRules(deps);
  const bank = await activeBank(db);
  const drawn = drawQuestions(bank, QUESTIONS_PER_PAPER, randomInt, body.topic);
  if (drawn.length === 0) {
    throw conflict('QUIZ_BANK_EMPTY', '题库暂无可用题目，请稍后再试');
  }
  const shown = drawn.map((q) => showQuestion(q, randomInt));

  const now = deps.now();
  const day = shanghaiDate(now);
  const paperId = ulid();
  const expiresAt = new Date(now.getTime() + rules.paperSeconds * 1000).toISOString();
  const usedToday = await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, paperId);
    const used = await nextPaperOfDay(trx, userId, day);
    if (used > rules.dailyPapers) {
      throw conflict(
        'QUIZ_DAILY_LIMIT',
        `今天的 ${rules.dailyPapers} 次答题机会已用完，明天再来吧`,
      );
    }
    await insertPaper(
      trx,
      {
        id: paperId,
        user_id: userId,
        topic: body.topic ?? null,
        day,
        created_at: now.toISOString(),
        expires_at: expiresAt,
        total: shown.length,
        submitted_at: null,
        correct_count: null,
        score: null,
        seconds: null,
        ranked: null,
        chosen: null,
      },
      shown.map((s, position) => ({
        paper_id: paperId,
        position,
        question_id: s.face.id,
        face: JSON.stringify(s.face),
        correct: JSON.stringify(s.correct),
        key_map: JSON.stringify(s.keyMap),
      })),
    );
    return used;
  });
  return {
    paperId,
    expiresAt,
    durationSeconds: rules.paperSeconds,
    remainingToday: Math.max(0, rules.dailyPapers - usedToday),
    questions: shown.map((s) => s.face),
  };
}

/** The paper as drawing answered, again (an Idempotency-Key replay): the owner's only. */
export async function drawnPaper(deps: Deps, userId: string, paperId: string): Promise<Paper> {
  const { paper, items } = await ownPaper(deps, userId, paperId);
  const rules = await currentRules(deps);
  const used = await countPapersOn(deps.db.db, userId, paper.day);
  return {
    paperId: paper.id,
    expiresAt: paper.expires_at,
    durationSeconds: Math.round(
      (Date.parse(paper.expires_at) - Date.parse(paper.created_at)) / 1000,
    ),
    remainingToday: Math.max(0, rules.dailyPapers - used),
    questions: items.map((i) => i.face),
  };
}

interface PaperItem {
  questionId: string;
  face: PaperQuestion;
  correct: OptionKey[];
  keyMap: Record<OptionKey, OptionKey>;
}

async function ownPaper(deps: Deps, userId: string, paperId: string) {
  const db = deps.db.db;
  const paper = await findPaper(db, paperId);
  // Someone else's paper is answered exactly like a missing one: ids are not probed.
  if (!paper || paper.user_id !== userId) throw paperNotFound();
  const rows = await paperQuestions(db, paperId);
  const items: PaperItem[] = rows.map((r) => ({
    questionId: r.question_id,
    face: JSON.parse(r.face),
    correct: JSON.parse(r.correct),
    keyMap: JSON.parse(r.key_map),
  }));
  return { paper, items };
}

async function resultOf(
  deps: Deps,
  paper: { id: string; submitted_at: string; score: number; correct_count: number } & {
    seconds: number;
    ranked: number;
    total: number;
  },
  items: PaperItem[],
  chosen: OptionKey[][],
): Promise<SubmissionResult> {
  const why = await questionExplanations(
    deps.db.db,
    items.map((i) => i.questionId),
  );
  const { items: scored } = scoreAnswers(
    items,
    Object.fromEntries(items.map((item, i) => [item.face.id, chosen[i] ?? []])),
  );
  return {
    paperId: paper.id,
    correctCount: Number(paper.correct_count),
    total: Number(paper.total),
    score: Number(paper.score),
    submittedAt: paper.submitted_at,
    secondsUsed: Number(paper.seconds),
    ranked: Number(paper.ranked) === 1,
    review: items.map((item, i) => ({
      question: item.face,
      chosen: scored[i].chosen,
      correct: item.correct,
      isCorrect: scored[i].isCorrect,
      explanation: why.get(item.questionId) ?? '',
    })),
  };
}

/**
 * Score a paper once, within its time. The update that marks it submitted is conditional on it
 * not being submitted yet, so two submissions racing each other cannot both count.
 */
export async function submitPaper(
  deps: Deps,
  userId: string,
  paperId: string,
  body: SubmissionBody,
  claim?: IdempotencyClaim,
): Promise<SubmissionResult> {
  const { paper, items } = await ownPaper(deps, userId, paperId);
  if (paper.submitted_at) throw conflict('QUIZ_ALREADY_SUBMITTED', '这份试卷已经交过了');
  const now = deps.now();
  if (now.getTime() > Date.parse(paper.expires_at) + SUBMIT_GRACE_SECONDS * 1000) {
    throw conflict('QUIZ_PAPER_EXPIRED', '答题时间已到，这份试卷不能再提交，请重新开始');
  }
  const problems = answerProblems(
    items.map((i) => i.face),
    body.answers,
  );
  if (Object.keys(problems).length > 0) {
    throw badRequest('QUIZ_ANSWER_INVALID', '提交的答案有误，请刷新后重试', problems);
  }

  const { items: scored, correctCount, score } = scoreAnswers(items, body.answers);
  const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(paper.created_at)) / 1000));
  const ranked = seconds >= MIN_PLAUSIBLE_SECONDS;
  const chosen = scored.map((s) => s.chosen);
  const submittedAt = now.toISOString();

  await deps.db.db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, paperId);
    const marked = await markSubmitted(trx, paperId, {
      submitted_at: submittedAt,
      correct_count: correctCount,
      score,
      seconds,
      ranked: ranked ? 1 : 0,
      chosen: JSON.stringify(chosen),
    });
    if (!marked) {
      throw conflict('QUIZ_ALREADY_SUBMITTED', '这份试卷已经交过了');
    }
    // This paper's own rows: nothing another submission locks (the statistics read them).
    for (const right of [true, false]) {
      const positions = scored.flatMap((s, i) => (s.isCorrect === right ? [i] : []));
      if (positions.length === 0) continue;
      await markAnswers(trx, paperId, positions, right);
    }
    const wrong = items
      .map((item, i) => ({ item, chosen: chosen[i], isCorrect: scored[i].isCorrect }))
      .filter((w) => !w.isCorrect);
    if (wrong.length > 0) {
      await upsertMistakes(
        trx,
        wrong.map((w) => ({
          user_id: userId,
          question_id: w.item.questionId,
          topic: w.item.face.topic,
          // The 错题本 shows the question in bank order: translate the shown keys back.
          last_chosen: JSON.stringify(w.chosen.map((k) => w.item.keyMap[k]).sort()),
          times_wrong: 1,
          last_wrong_at: submittedAt,
        })),
      );
    }
  });

  return resultOf(
    deps,
    {
      id: paperId,
      submitted_at: submittedAt,
      score,
      correct_count: correctCount,
      seconds,
      ranked: ranked ? 1 : 0,
      total: paper.total,
    },
    items,
    chosen,
  );
}

/** The stored result of one's own submitted paper. */
export async function paperResult(
  deps: Deps,
  userId: string,
  paperId: string,
): Promise<SubmissionResult> {
  const { paper, items } = await ownPaper(deps, userId, paperId);
  if (!paper.submitted_at) throw notFound('QUIZ_NOT_SUBMITTED', '这份试卷还没有交卷');
  return resultOf(
    deps,
    {
      id: paper.id,
      submitted_at: paper.submitted_at,
      score: Number(paper.score),
      correct_count: Number(paper.correct_count),
      seconds: Number(paper.seconds),
      ranked: Number(paper.ranked),
      total: paper.total,
    },
    items,
    JSON.parse(paper.chosen ?? '[]'),
  );
}
