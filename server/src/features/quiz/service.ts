import { ulid } from 'ulid';
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
import { getRegion } from '../region/service';
import { activeBank } from './bank-cache';
import { leaderboardRows } from './leaderboard';
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
    db
      .selectFrom('quiz_papers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('day', '=', shanghaiDate(deps.now()))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('quiz_mistakes')
      .innerJoin('quiz_questions', 'quiz_questions.id', 'quiz_mistakes.question_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('quiz_mistakes.user_id', '=', userId)
      .where('quiz_questions.retired', '=', 0)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('quiz_papers')
      .select(['score', 'seconds', 'submitted_at'])
      .where('user_id', '=', userId)
      .where('submitted_at', 'is not', null)
      .orderBy('score', 'desc')
      .orderBy('seconds', 'asc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  return {
    questionsPerPaper: rules.questionsPerPaper,
    paperSeconds: rules.paperSeconds,
    dailyPapers: rules.dailyPapers,
    usedToday: Number(used.n),
    topics: QUIZ_TOPICS.map((topic) => ({ topic, questions: bank.get(topic)?.length ?? 0 })),
    mistakes: Number(mistakes.n),
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
): Promise<QuestionReportCreated> {
  const db = deps.db.db;
  const exists = await db
    .selectFrom('quiz_questions')
    .select('id')
    .where('id', '=', body.questionId)
    .executeTakeFirst();
  if (!exists) throw questionNotFound();
  const report = { id: ulid(), createdAt: deps.now().toISOString() };
  await db
    .insertInto('quiz_question_reports')
    .values({
      id: report.id,
      question_id: body.questionId,
      user_id: userId,
      message: body.message.trim(),
      status: 'open',
      created_at: report.createdAt,
      resolved_at: null,
      resolved_by: null,
      note: null,
    })
    .execute();
  return report;
}

/** The poster QR never changes for a deployment: made once per process. */
const qrCodes = new Map<string, Promise<Buffer>>();

/** The QR code on the result poster: the mini-program code with an AppID, else the H5 URL. */
export function quizQrCode(deps: Deps): Promise<Buffer> {
  const wechat = deps.wechat.kind === 'wechat';
  const url = `${deps.config.publicBaseUrl}/${QUIZ_PAGE}?src=quiz-poster`;
  const key = wechat ? `wxacode:${QUIZ_PAGE}` : url;
  let png = qrCodes.get(key);
  if (!png) {
    png = wechat
      ? deps.wechat.getUnlimitedQrCode({ scene: 'src=quiz-poster', page: QUIZ_PAGE })
      : renderQrPng(url);
    // A failed call is not remembered: the next poster tries again.
    png.catch(() => qrCodes.delete(key));
    qrCodes.set(key, png);
  }
  return png;
}
