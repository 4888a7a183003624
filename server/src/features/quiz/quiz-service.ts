import { QUIZ_TOPICS, type QuizStatus } from '@api/quiz';
import type { AppDeps } from '../../deps';
import { shanghaiDate } from '../../time';
import { notFound } from '../../plugins/app-error';
import { renderQrPng } from '../../wechat/local-double';
import { cachedQrCode } from '../../wechat/qr-cache';
import { getRegion } from '../region/region-service';
import { activeBank } from './bank-cache';
import { countMistakes } from './mistakes-repository';
import { bestResult, countPapersOn } from './papers-repository';
import { quizRules, type QuizRules } from './quiz-rules';

type Deps = Pick<AppDeps, 'db' | 'config' | 'now' | 'wechat'>;

const QUIZ_PAGE = 'features/quiz/pages/index/index';
export const questionNotFound = () => notFound('QUIZ_QUESTION_NOT_FOUND', '题目不存在');

/** The county's quiz rules as configured now. */
export async function currentRules(deps: Pick<AppDeps, 'db'>): Promise<QuizRules> {
  return quizRules(await getRegion(deps.db.db));
}

/** The rules and the caller's day: papers used, drawable questions, 错题本 size, best result. */
export async function quizStatus(deps: Deps, userId: string): Promise<QuizStatus> {
  const db = deps.db.db;
  const rules = await currentRules(deps);
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
