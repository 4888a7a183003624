import type {
  Leaderboard,
  MistakePage,
  OptionKey,
  Paper,
  QuizStatus,
  SubmissionResult,
} from '@api/quiz';
import { questions } from '../../server/src/features/quiz/bank/questions';
import { bearer, createTestApp, loginConsumer, type TestApp } from './support/app';
import { answerKey, answersScoring, drawPaper, submit } from './support/quiz';

let t: TestApp;
let clock = new Date('2026-11-30T02:00:00Z');
const later = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};

beforeAll(async () => {
  t = await createTestApp({ env: { SEED_DEMO: 'false' }, now: () => clock });
});
afterAll(() => t.close());

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

describe('drawing a paper', () => {
  it('needs a signed-in user', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/quiz/papers', payload: {} });
    expect(res.statusCode).toBe(401);
  });

  it('has 10 questions, balanced across the three topics, and no answer key', async () => {
    const user = await loginConsumer(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/papers',
      headers: bearer(user.token),
      payload: {},
    });
    expect(res.statusCode).toBe(201);
    const paper = res.json<Paper>();
    expect(paper.questions).toHaveLength(10);
    expect(paper.durationSeconds).toBe(300);
    expect(Date.parse(paper.expiresAt) - clock.getTime()).toBe(300_000);
    expect(new Set(paper.questions.map((q) => q.id)).size).toBe(10);

    const perTopic = new Map<string, number>();
    for (const q of paper.questions) perTopic.set(q.topic, (perTopic.get(q.topic) ?? 0) + 1);
    expect([...perTopic.values()].sort()).toEqual([3, 3, 4]);

    // No answer, explanation or correct flag anywhere, and no explanation text either.
    const keys = keysOf(paper);
    for (const k of ['answer', 'explanation', 'correct', 'isCorrect', 'keyMap']) {
      expect(keys.has(k)).toBe(false);
    }
    for (const q of paper.questions) {
      const bank = questions.find((b) => b.id === q.id);
      expect(res.body).not.toContain(bank?.explanation.slice(0, 20));
    }
  });

  it('shuffles options and relabels them A, B, C … (true-false stays 对/错)', async () => {
    let moved = 0;
    for (let i = 0; i < 3; i++) {
      const user = await loginConsumer(t.app);
      const paper = await drawPaper(t, user.token);
      for (const q of paper.questions) {
        expect(q.options.map((o) => o.key)).toEqual(
          q.options.map((_, j) => String.fromCharCode(65 + j)),
        );
        const bank = questions.find((b) => b.id === q.id)!;
        expect(q.options.map((o) => o.text).sort()).toEqual(bank.options.map((o) => o.text).sort());
        if (q.type === 'true-false') expect(q.options.map((o) => o.text)).toEqual(['对', '错']);
        else if (q.options.some((o, j) => o.text !== bank.options[j].text)) moved++;
      }
    }
    // 30 questions, most with 4 options: identity order everywhere would be a bug.
    expect(moved).toBeGreaterThan(5);
  });

  it('draws one topic only when asked', async () => {
    const user = await loginConsumer(t.app);
    const paper = await drawPaper(t, user.token, { topic: '投诉维权' });
    expect(paper.questions).toHaveLength(10);
    expect(paper.questions.every((q) => q.topic === '投诉维权')).toBe(true);
  });

  it('allows 3 papers a day, then 409; a retried request does not use another; next day again', async () => {
    const user = await loginConsumer(t.app);
    const headers = { ...bearer(user.token), 'idempotency-key': 'quiz-daily-1' };
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/papers',
      headers,
      payload: {},
    });
    const retried = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/papers',
      headers,
      payload: {},
    });
    expect(retried.json<Paper>().paperId).toBe(first.json<Paper>().paperId);
    expect(first.json<Paper>().remainingToday).toBe(2);
    expect((await drawPaper(t, user.token)).remainingToday).toBe(1);
    expect((await drawPaper(t, user.token)).remainingToday).toBe(0);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/papers',
      headers: bearer(user.token),
      payload: {},
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'QUIZ_DAILY_LIMIT' });
    expect(refused.json().message).toContain('3');

    const status = await t.app.inject({
      method: 'GET',
      url: '/api/v1/quiz/me',
      headers: bearer(user.token),
    });
    expect(status.json<QuizStatus>()).toMatchObject({ usedToday: 3, dailyPapers: 3 });

    later(24 * 3600);
    expect((await drawPaper(t, user.token)).remainingToday).toBe(2);
  });
});

describe('submitting', () => {
  it('scores, reviews with explanations, and counts the time', async () => {
    const user = await loginConsumer(t.app);
    const paper = await drawPaper(t, user.token);
    later(75);
    const res = await submit(t, user.token, paper.paperId, await answersScoring(t, paper, 7));
    expect(res.statusCode).toBe(200);
    const result = res.json<SubmissionResult>();
    expect(result).toMatchObject({
      correctCount: 7,
      total: 10,
      score: 70,
      secondsUsed: 75,
      ranked: true,
    });
    const key = await answerKey(t, paper.paperId);
    result.review.forEach((item, i) => {
      expect(item.question.id).toBe(paper.questions[i].id);
      expect(item.correct).toEqual(key[item.question.id]);
      expect(item.isCorrect).toBe(i < 7);
      expect(item.explanation).toBe(questions.find((q) => q.id === item.question.id)?.explanation);
    });

    const again = await t.app.inject({
      method: 'GET',
      url: `/api/v1/quiz/papers/${paper.paperId}/submission`,
      headers: bearer(user.token),
    });
    expect(again.json<SubmissionResult>()).toEqual(result);
  });

  it('treats unanswered questions as wrong', async () => {
    const user = await loginConsumer(t.app);
    const paper = await drawPaper(t, user.token);
    later(30);
    const res = await submit(t, user.token, paper.paperId, {});
    expect(res.json<SubmissionResult>()).toMatchObject({ correctCount: 0, score: 0 });
    expect(res.json<SubmissionResult>().review.every((r) => r.chosen.length === 0)).toBe(true);
  });

  it('scores multiple choice all-or-nothing: a missing or extra key earns nothing', async () => {
    // Papers are drawn at random, three a day per person: a new person per draw until one holds
    // a multiple-choice question (three draws by one person missed it now and then).
    let user = await loginConsumer(t.app);
    let paper: Paper | undefined;
    for (let i = 0; i < 20 && !paper?.questions.some((q) => q.type === 'multiple'); i++) {
      if (i > 0) user = await loginConsumer(t.app);
      paper = await drawPaper(t, user.token, { topic: '消费者权益' });
    }
    const multi = paper!.questions.find((q) => q.type === 'multiple');
    expect(multi).toBeDefined();
    const right = (await answerKey(t, paper!.paperId))[multi!.id];
    const extra = multi!.options.map((o) => o.key).find((k) => !right.includes(k));
    // Paper per case: draw more the next day.
    const tryAnswer = async (keys: OptionKey[]) => {
      const res = await submit(t, user.token, paper!.paperId, { [multi!.id]: keys });
      return res;
    };
    later(20);
    const partial = await tryAnswer(right.slice(1));
    expect(partial.statusCode).toBe(200);
    const item = partial.json<SubmissionResult>().review.find((r) => r.question.id === multi!.id)!;
    expect(item.isCorrect).toBe(false);
    expect(item.chosen).toEqual(right.slice(1));

    // Superset and reversed order on fresh papers holding the same question.
    const { scoreAnswers } = await import('../../server/src/features/quiz/scoring');
    const q = { face: multi!, correct: right };
    expect(scoreAnswers([q], { [multi!.id]: [...right, extra!] }).items[0].isCorrect).toBe(false);
    expect(scoreAnswers([q], { [multi!.id]: [...right].reverse() }).items[0].isCorrect).toBe(true);
    expect(scoreAnswers([q], { [multi!.id]: [...right, right[0]] }).items[0].isCorrect).toBe(true);
  });

  it('refuses a second submission; the same Idempotency-Key replays the first answer', async () => {
    const user = await loginConsumer(t.app);
    const paper = await drawPaper(t, user.token);
    later(40);
    const answers = await answersScoring(t, paper, 10);
    const headers = { 'idempotency-key': `submit-${paper.paperId}` };
    const first = await submit(t, user.token, paper.paperId, answers, headers);
    const replay = await submit(t, user.token, paper.paperId, answers, headers);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(first.json());
    const twice = await submit(t, user.token, paper.paperId, answers);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'QUIZ_ALREADY_SUBMITTED' });
  });

  it('refuses a submission after the countdown (with a 10-second grace)', async () => {
    const user = await loginConsumer(t.app);
    const late = await drawPaper(t, user.token);
    const justInTime = await drawPaper(t, user.token);
    later(305);
    expect((await submit(t, user.token, justInTime.paperId, {})).statusCode).toBe(200);
    later(10);
    const res = await submit(t, user.token, late.paperId, {});
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'QUIZ_PAPER_EXPIRED' });
    expect(res.json().message).toMatch(/时间已到/);
  });

  it("refuses someone else's paper as if it did not exist", async () => {
    const owner = await loginConsumer(t.app);
    const other = await loginConsumer(t.app);
    const paper = await drawPaper(t, owner.token);
    later(20);
    const res = await submit(t, other.token, paper.paperId, {});
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'QUIZ_PAPER_NOT_FOUND' });
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/quiz/papers/${paper.paperId}/submission`,
      headers: bearer(other.token),
    });
    expect(read.statusCode).toBe(404);
    // The owner can still submit.
    expect((await submit(t, owner.token, paper.paperId, {})).statusCode).toBe(200);
  });

  it('rejects answers to questions not on the paper, unknown keys and two keys for a single', async () => {
    const user = await loginConsumer(t.app);
    const paper = await drawPaper(t, user.token);
    const single = paper.questions.find((q) => q.type !== 'multiple')!;
    for (const answers of [
      { q999: ['A'] },
      { [single.id]: ['H'] },
      { [single.id]: ['A', 'B'] },
      { [single.id]: 'A' },
      Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`x${i}`, ['A']])),
    ]) {
      const res = await submit(t, user.token, paper.paperId, answers);
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
    }
    // Nothing was recorded: the paper can still be submitted.
    later(15);
    expect((await submit(t, user.token, paper.paperId, {})).statusCode).toBe(200);
  });

  it('keeps a paper as drawn when staff later change the question', async () => {
    const user = await loginConsumer(t.app);
    const paper = await drawPaper(t, user.token);
    const key = await answerKey(t, paper.paperId);
    const target = paper.questions[0];
    await t.db.db
      .updateTable('quiz_questions')
      .set({ stem: '改过的题干', answer: JSON.stringify(['B']) })
      .where('id', '=', target.id)
      .execute();
    later(30);
    const res = await submit(t, user.token, paper.paperId, { [target.id]: key[target.id] });
    const item = res.json<SubmissionResult>().review[0];
    expect(item.isCorrect).toBe(true);
    expect(item.question.stem).toBe(target.stem);
    const original = questions.find((q) => q.id === target.id)!;
    await t.db.db
      .updateTable('quiz_questions')
      .set({ stem: original.stem, answer: JSON.stringify(original.answer) })
      .where('id', '=', target.id)
      .execute();
  });
});

describe('错题本', () => {
  it('collects wrong answers in bank order, counts repeats, and forgets mastered ones', async () => {
    const user = await loginConsumer(t.app);
    const paper = await drawPaper(t, user.token);
    later(60);
    const answers = await answersScoring(t, paper, 8);
    await submit(t, user.token, paper.paperId, answers);

    const get = async (query = '') =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/quiz/mistakes${query}`,
          headers: bearer(user.token),
        })
      ).json<MistakePage>();
    const page = await get();
    const wrongIds = paper.questions.slice(8).map((q) => q.id);
    expect(page.items.map((m) => m.question.id).sort()).toEqual([...wrongIds].sort());

    const keyMaps = await t.db.db
      .selectFrom('quiz_paper_questions')
      .select(['question_id', 'key_map'])
      .where('paper_id', '=', paper.paperId)
      .execute();
    for (const m of page.items) {
      const bank = questions.find((q) => q.id === m.question.id)!;
      expect(m.correct).toEqual(bank.answer);
      expect(m.question.options).toEqual(bank.options);
      expect(m.explanation).toBe(bank.explanation);
      const map = JSON.parse(keyMaps.find((k) => k.question_id === m.question.id)!.key_map);
      expect(m.lastChosen).toEqual(answers[m.question.id].map((k) => map[k]));
      expect(m.timesWrong).toBe(1);
      expect(keysOf(m.question).has('answer')).toBe(false);
    }

    const onePerPage = await get('?limit=1');
    expect(onePerPage.items).toHaveLength(1);
    const rest = await get(`?limit=1&cursor=${onePerPage.nextCursor}`);
    expect(rest.items[0].question.id).not.toBe(onePerPage.items[0].question.id);

    const gone = wrongIds[0];
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/quiz/mistakes/${gone}`,
      headers: bearer(user.token),
    });
    expect(del.statusCode).toBe(204);
    expect((await get()).items.map((m) => m.question.id)).not.toContain(gone);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/quiz/mistakes/${gone}`,
      headers: bearer(user.token),
    });
    expect(again.statusCode).toBe(404);

    const status = await t.app.inject({
      method: 'GET',
      url: '/api/v1/quiz/me',
      headers: bearer(user.token),
    });
    expect(status.json<QuizStatus>()).toMatchObject({ mistakes: 1, best: { score: 80 } });
  });
});

describe('leaderboard', () => {
  it('ranks best score, then shorter time; ignores implausible results; shows nicknames only', async () => {
    clock = new Date('2026-12-05T02:00:00Z');
    const player = async (right: number, seconds: number, nickname: string) => {
      const user = await loginConsumer(t.app);
      await t.db.db.updateTable('users').set({ nickname }).where('id', '=', user.user.id).execute();
      const paper = await drawPaper(t, user.token);
      const answers = await answersScoring(t, paper, right);
      later(seconds);
      const result = (await submit(t, user.token, paper.paperId, answers)).json<SubmissionResult>();
      later(-seconds);
      return { user, result };
    };
    const slow = await player(10, 90, '慢而准');
    const fast = await player(10, 40, '快而准');
    const bot = await player(10, 4, '秒答');
    const half = await player(5, 20, '一半');
    expect(fast.result.ranked).toBe(true);
    expect(bot.result.ranked).toBe(false);
    expect(bot.result.score).toBe(100);

    const board = async (scope: string, token?: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/quiz/leaderboard?scope=${scope}`,
          headers: token ? bearer(token) : {},
        })
      ).json<Leaderboard>();
    const today = await board('today', slow.user.token);
    expect(today.entries.map((e) => e.nickname)).toEqual(['快而准', '慢而准', '一半']);
    expect(today.entries[0]).toEqual({
      rank: 1,
      nickname: '快而准',
      bestScore: 100,
      seconds: 40,
      papers: 1,
    });
    expect(today.me).toMatchObject({ rank: 2, nickname: '慢而准' });
    expect(today).toMatchObject({ from: '2026-12-05', to: '2026-12-05' });
    expect(JSON.stringify(today)).not.toMatch(/openid|phone|user_id|userId/);

    // An implausible player has no rank; a better second paper replaces a worse first.
    expect((await board('today', bot.user.token)).me).toBeUndefined();
    const paper = await drawPaper(t, half.user.token);
    const answers = await answersScoring(t, paper, 10);
    later(30);
    await submit(t, half.user.token, paper.paperId, answers);
    const after = await board('today', half.user.token);
    expect(after.entries[0]).toMatchObject({
      nickname: '一半',
      bestScore: 100,
      seconds: 30,
      papers: 2,
    });

    later(24 * 3600);
    expect((await board('today')).entries).toEqual([]);
    // All time also holds earlier tests' players: compare these four among themselves.
    const all = await board('all');
    const ours = ['一半', '快而准', '慢而准', '秒答'];
    expect(all.entries.map((e) => e.nickname).filter((n) => ours.includes(n))).toEqual(
      ours.slice(0, 3),
    );
    expect(all.from).toBeUndefined();
    // The event window (2027-03 in the demo profile) has not started.
    const event = await board('event');
    expect(event).toMatchObject({ from: '2027-03-01', to: '2027-03-31', entries: [] });
    expect((await board('all&limit=2')).entries).toHaveLength(2);
  });

  it('rejects an unknown scope in Chinese', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/quiz/leaderboard?scope=week' });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('题目有误 and the poster QR code', () => {
  it('takes a report for an existing question only', async () => {
    const user = await loginConsumer(t.app);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/question-reports',
      headers: bearer(user.token),
      payload: { questionId: 'q001', message: '选项表述不清楚' },
    });
    expect(ok.statusCode).toBe(201);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/question-reports',
      headers: bearer(user.token),
      payload: { questionId: 'q999', message: '不存在的题' },
    });
    expect(missing.statusCode).toBe(404);
    const tooShort = await t.app.inject({
      method: 'POST',
      url: '/api/v1/quiz/question-reports',
      headers: bearer(user.token),
      payload: { questionId: 'q001', message: '错' },
    });
    expect(tooShort.statusCode).toBe(400);
  });

  it('serves a PNG QR code back to the quiz', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/quiz/qrcode' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.subarray(1, 4).toString()).toBe('PNG');
  });
});
