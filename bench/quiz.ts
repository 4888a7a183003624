/**
 * Quiz suite: with 1,000 questions in the bank, papers drawn per second (balanced draw, shuffled
 * options, the paper and its 10 questions written in one durable transaction) and submissions
 * scored per second (the paper read back, scored, marked once, 错题本 and statistics updated),
 * each at 50 concurrent clients, next to the bare Fastify route measured in the same run.
 * Every user draws 3 papers (the default daily limit), as people at the event would.
 */
import type { Session } from '@api/auth';
import type { BankQuestion, Paper, Topic } from '@api/quiz';
import { QUIZ_TOPICS } from '@api/quiz';
import { questions as builtIn } from '../server/src/features/quiz/bank/questions';
import { apiCall } from '../test/support/api-client';
import { makeTempDir } from '../test/support/server-process';
import { createStaff } from '../test/support/staff';
import type { BenchContext, Suite } from './suite';
import { count, ratio } from './support/format';
import { LOAD_COLUMNS, loadRow } from './support/load-table';
import { runLoad } from './support/load';
import { BARE_PATH, startApiServer } from './support/servers';
import type { Table } from './support/table';

const CONNECTIONS = 50;
const BANK_SIZE = 1000;
const PAPERS_PER_USER = 3;

/** Plain single-choice questions that pass the bank's rules, spread over the three topics. */
function syntheticQuestions(n: number): BankQuestion[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `bench-${String(i + 1).padStart(4, '0')}`,
    type: 'single',
    topic: QUIZ_TOPICS[i % QUIZ_TOPICS.length] as Topic,
    subtopic: '压测',
    difficulty: ((i % 3) + 1) as 1 | 2 | 3,
    stem: `压测题 ${i + 1}：下列哪一项是正确的做法？`,
    options: ['A', 'B', 'C', 'D'].map((key) => ({ key, text: `选项${key}（第${i + 1}题）` })),
    answer: [['A', 'B', 'C', 'D'][i % 4]],
    explanation: `压测题 ${i + 1} 的解析。`,
  }));
}

/** Run jobs with at most `limit` in flight. */
async function inParallel<T>(n: number, limit: number, job: (i: number) => Promise<T>) {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, n) }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await job(i);
      }
    }),
  );
  return out;
}

async function run(ctx: BenchContext) {
  const dataDir = makeTempDir('fx-bench-quiz-');
  // Its own server: the 1,000-question bank and thousands of users stay out of other suites.
  // Thousands of people sign in from one address here: lift the per-IP sign-in limit.
  const api = await startApiServer(ctx.root, dataDir, 'API server (quiz)', {
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
  });
  try {
    const bare = await ctx.bareServer();
    const { warmupSeconds, measureSeconds: seconds } = ctx.timing;

    ctx.progress(`quiz: importing ${BANK_SIZE - builtIn.length} questions to make ${BANK_SIZE}`);
    const password = createStaff(dataDir, 'bench-quiz-staff');
    const staff = await apiCall<Session>(api.origin, 'POST', '/auth/staff', {
      username: 'bench-quiz-staff',
      password,
    });
    const extra = syntheticQuestions(BANK_SIZE - builtIn.length);
    await apiCall(
      api.origin,
      'POST',
      '/quiz/questions/import',
      { format: 'json', content: JSON.stringify(extra) },
      staff.token,
    );

    // Enough people for the papers a fast machine draws in the warm-up and the measurement.
    const users = ctx.quick ? 2500 : 10000;
    ctx.progress(`quiz: signing in ${users} users`);
    const tokens = await inParallel(users, 16, async (i) => {
      const s = await apiCall<Session>(api.origin, 'POST', '/auth/dev', {
        openid: `bench-quiz-${i}`,
      });
      return s.token;
    });

    const stock: { paper: Paper; token: string }[] = [];
    let drawn = 0;
    const draw = {
      method: 'POST' as const,
      setupRequest: (request: object, context: Record<string, unknown>) => {
        const token = tokens[Math.min(tokens.length - 1, Math.floor(drawn++ / PAPERS_PER_USER))];
        context.token = token;
        return {
          ...request,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: '{}',
        };
      },
      onResponse: (status: number, body: string, context: Record<string, unknown>) => {
        if (status === 201)
          stock.push({ paper: JSON.parse(body) as Paper, token: String(context.token) });
      },
    };
    let submitted = 0;
    const submit = {
      method: 'POST' as const,
      setupRequest: (request: object) => {
        // Out of papers: resubmit the last one, which answers 409 and shows in non-2xx.
        const { paper, token } = stock[Math.min(submitted++, stock.length - 1)];
        return {
          ...request,
          path: `/api/v1/quiz/papers/${paper.paperId}/submission`,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            answers: Object.fromEntries(paper.questions.map((q) => [q.id, ['A']])),
          }),
        };
      },
    };

    const papersUrl = `${api.origin}/api/v1/quiz/papers`;
    await runLoad({ url: papersUrl, connections: 10, seconds: warmupSeconds, ...draw });
    ctx.progress(
      `quiz: bare route, drawing and submitting, ${CONNECTIONS} connections, ${seconds}s each`,
    );
    const baseline = await runLoad({
      url: `${bare.origin}${BARE_PATH}`,
      connections: CONNECTIONS,
      seconds,
    });
    const papers = await runLoad({ url: papersUrl, connections: CONNECTIONS, seconds, ...draw });
    // Submissions may be as fast as draws: top the stock up (untimed) so it cannot run out.
    await runLoad({ url: papersUrl, connections: CONNECTIONS, seconds, ...draw });
    // The warm-up of submissions uses the oldest papers; the measurement takes the rest.
    await runLoad({ url: papersUrl, connections: 10, seconds: warmupSeconds, ...submit });
    const submissions = await runLoad({
      url: papersUrl,
      connections: CONNECTIONS,
      seconds,
      ...submit,
    });
    if (papers.ok === 0 || submissions.ok === 0) throw new Error('quiz: nothing succeeded');

    const table: Table = {
      title: `Quiz with ${BANK_SIZE} questions (${CONNECTIONS} concurrent clients, ${seconds}s, SQLite WAL + synchronous=FULL)`,
      columns: LOAD_COLUMNS,
      rows: [
        loadRow('bare route (baseline)', baseline, baseline),
        loadRow('POST /quiz/papers (draw)', papers, baseline),
        loadRow('POST /quiz/papers/:id/submission', submissions, baseline),
      ],
      notes: [
        `${count(stock.length)} papers drawn (the measured run and an untimed top-up) by ${count(Math.ceil(drawn / PAPERS_PER_USER))} users, 3 each (the daily limit).`,
        'A draw reads the active bank from memory (one indexed aggregate checks it is current),',
        'then writes the paper and its 10 shown questions in one transaction; a submission reads the',
        'paper back, scores it, marks it submitted once and updates the 错题本 and question statistics.',
      ],
    };
    return {
      tables: [table],
      summary: [
        `${count(papers.requestsPerSecond)} papers/s (${ratio(papers.requestsPerSecond, baseline.requestsPerSecond)} of bare), ${count(submissions.requestsPerSecond)} submissions scored/s (${ratio(submissions.requestsPerSecond, baseline.requestsPerSecond)}), ${BANK_SIZE} questions`,
      ],
    };
  } finally {
    await api.stop();
  }
}

export const quizSuite: Suite = {
  name: 'quiz',
  description: 'papers drawn and submissions scored per second with 1,000 questions, vs bare route',
  run,
};
