import { ulid } from 'ulid';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import {
  QUIZ_TOPICS,
  type Leaderboard,
  type LeaderboardQuery,
  type QuestionReportBody,
  type QuestionReportCreated,
  type QuizStatus,
} from '@api/quiz';
import type { AppDeps } from '../../deps';
import { shanghaiDate } from '../../db/time';
import { notFound } from '../../plugins/app-error';
import { renderQrPng } from '../../wechat/local-double';
import { cachedQrCode } from '../../wechat/qr-cache';
import { getRegion } from '../region/service';
import { activeBank } from './bank-cache';
import { leaderboardRows } from './leaderboard';
import { countMistakes } from './mistakes-repository';
import { bestResult, countPapersOn } from './papers-repository';
import { questionExists } from './questions-repository';
import { findOwnReport, insertReport } from './reports-repository';
import { quizRules } from './settings';

type Deps = Pick<AppDeps, 'db' | 'config' | 'now' | 'wechat'>;

const QUIZ_PAGE = 'features/quiz/pages/index/index';
export const questionNotFound = () => notFound('QUIZ_QUESTION_NOT_FOUND', '题目不存在');

/** The rules and the caller's day: papers used, drawable questions, 错题本 size, best result. */
export async function quizStatus(deps: Deps, userId: string): Promise<QuizStatus> {
  const db = deps.db.db;
  const rules = quizRules(await getRegion(db));
  const bank = await activeBank(db);
  const [used, mistakes, best] = await Promise.all([
    countPapersOn(db, userId, shanghaiDate(deps.now())),
    countMistakes(db, userId),
    bestResult(db, userId),
  ]);
  return {
    questionsPerPaper: rules.questionsPerPaper,
    paperSeconds: rules.paperSeconds,
    dailyPapers: rules.dailyPapers,
    usedToday: used,
    topics: QUIZ_TOPICS.map((topic) => ({ topic, questions: bank.get(topic)?.length ?? 0 })),
    mistakes,
    ...(best?.submitted_at
      ? {
          best: {
            score: Number(best.score),
            seconds: Number(best.seconds),
            submittedAt: best.submitted_at,
          },
        }
      : {}),
  };
}

/** Best score per person in the scope's window, then fewer seconds, then earlier. */
export async function leaderboard(
  deps: Deps,
  userId: string | undefined,
  query: LeaderboardQuery,
): Promise<Leaderboard> {
  const scope = query.scope ?? 'today';
  const rules = quizRules(await getRegion(deps.db.db));
  const today = shanghaiDate(deps.now());
  const window =
    scope === 'today' ? { from: today, to: today } : scope === 'event' ? rules.campaign : undefined;
  const rows = await leaderboardRows(deps.db.db, { window, limit: query.limit ?? 20, userId });
  const entries = rows.filter((r) => r.rank <= (query.limit ?? 20));
  const me = userId ? rows.find((r) => r.userId === userId) : undefined;
  const strip = ({ userId: _id, ...entry }: (typeof rows)[number]) => entry;
  return {
    scope,
    ...(window ?? {}),
    entries: entries.map(strip),
    ...(me ? { me: strip(me) } : {}),
  };
}

/** "题目有误": lands in the staff queue. */
export async function reportQuestion(
  deps: Deps,
  userId: string,
  body: QuestionReportBody,
  claim?: IdempotencyClaim,
): Promise<QuestionReportCreated> {
  const db = deps.db.db;
  if (!(await questionExists(db, body.questionId))) throw questionNotFound();
  const report = { id: ulid(), createdAt: deps.now().toISOString() };
  await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, report.id);
    await insertReport(trx, {
      id: report.id,
      question_id: body.questionId,
      user_id: userId,
      message: body.message.trim(),
      status: 'open',
      created_at: report.createdAt,
      resolved_at: null,
      resolved_by: null,
      note: null,
    });
  });
  return report;
}

/** What reporting answered, again (an Idempotency-Key replay). */
export async function reportedQuestion(
  deps: Deps,
  userId: string,
  id: string,
): Promise<QuestionReportCreated> {
  const row = await findOwnReport(deps.db.db, userId, id);
  if (!row) throw notFound('QUIZ_REPORT_NOT_FOUND', '纠错反馈不存在');
  return { id: row.id, createdAt: row.created_at };
}

/** The QR code on the result poster: the mini-program code with an AppID, else the H5 URL. */
export function quizQrCode(deps: Deps): Promise<Buffer> {
  if (deps.wechat.kind === 'wechat') {
    return cachedQrCode(`wxacode:${QUIZ_PAGE}`, () =>
      deps.wechat.getUnlimitedQrCode({ scene: 'src=quiz-poster', page: QUIZ_PAGE }),
    );
  }
  const url = `${deps.config.publicBaseUrl}/${QUIZ_PAGE}?src=quiz-poster`;
  return cachedQrCode(url, () => renderQrPng(url));
}
