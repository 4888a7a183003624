/**
 * Quiz suite: with 1,000 questions in the bank, papers drawn per second (balanced draw, shuffled
 * options, the paper and its 10 questions written in one durable transaction) and submissions
 * scored per second (the paper read back, scored, marked once, 错题本 and statistics updated),
 * each at 50 concurrent clients, next to the bare Fastify route measured in the same run; on
 * PostgreSQL too, side by side, when BENCH_DATABASE_URL is set.
 * Every user draws 3 papers (the default daily limit), as people at the event would.
 */
import type { Session } from '@api/auth';
import type { BankQuestion, Paper, Topic } from '@api/quiz';
import { QUIZ_TOPICS } from '@api/quiz';
import { questions as builtIn } from '../server/src/features/quiz/bank/questions';
import { apiCall } from '../test/support/api-client';
import { makeTempDir } from '../test/support/server-process';
import { createDb } from '../server/src/db';
import { createStaffAccount } from '../server/src/features/auth/staff-accounts-service';
import { NEW_STAFF_PASSWORD } from '../test/support/staff';
import type { BenchContext, Suite } from './suite';
import {
  benchDatabases,
  freshBenchDatabase,
  type BenchDatabase,
  type DatabaseName,
} from './support/databases';
import { sideBySide } from './support/side-by-side';
import { count, ratio } from './support/format';
import { LOAD_COLUMNS, loadRow } from './support/load-table';
import { runLoad, type LoadResult } from './support/load';
import { BARE_PATH, startApiServer } from './support/servers';

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
  const runs: Measured[] = [];
  for (const database of benchDatabases()) runs.push(await measureOn(ctx, database));
  const { measureSeconds: seconds } = ctx.timing;
  const [first] = runs;
  const table = sideBySide(
    `Quiz with ${BANK_SIZE} questions (${CONNECTIONS} concurrent clients, ${seconds}s, durable writes)`,
    runs.map(({ database, baseline, papers, submissions }) => ({
      database,
      table: {
        title: '',
        columns: LOAD_COLUMNS,
        rows: [
          loadRow('bare route (baseline)', baseline, baseline),
          loadRow('POST /quiz/papers (draw)', papers, baseline),
          loadRow('POST /quiz/papers/:id/submission', submissions, baseline),
        ],
      },
    })),
  );
  table.notes = [
    `${count(first.stock)} papers drawn on ${first.database} (the measured run and an untimed top-up) by ${count(first.users)} users, 3 each (the daily limit).`,
    'A draw reads the active bank from memory (its version is checked at most every 400 ms),',
    'then writes the paper and its 10 shown questions in one transaction; a submission reads the',
    'paper back, scores it, marks it submitted once and updates the 错题本 and question statistics.',
    'SQLite: WAL + synchronous=FULL. PostgreSQL (BENCH_DATABASE_URL): a fresh database, the server’s defaults.',
  ];
  return {
    tables: [table],
    summary: runs.map(
      ({ database, baseline, papers, submissions }) =>
        `${database}: ${count(papers.requestsPerSecond)} papers/s (${ratio(papers.requestsPerSecond, baseline.requestsPerSecond)} of bare), ${count(submissions.requestsPerSecond)} submissions scored/s (${ratio(submissions.requestsPerSecond, baseline.requestsPerSecond)}), ${BANK_SIZE} questions`,
    ),
  };
}

interface Measured {
  database: DatabaseName;
  baseline: LoadResult;
  papers: LoadResult;
  submissions: LoadResult;
  /** Papers drawn, and by how many users. */
  stock: number;
  users: number;
}

/**
 * A staff account made as the admin CLI makes it, in the server's database, signed in and its
 * one-time password replaced (the server allows nothing else before).
 */
async function signedInStaff(origin: string, database: BenchDatabase, username: string) {
  const handle = createDb({ database: database.config });
  const { password } = await createStaffAccount(handle.db, {
    username,
    role: 'staff',
    at: new Date(),
  }).finally(() => handle.close());
  const first = await apiCall<Session>(origin, 'POST', '/auth/staff', { username, password });
  return apiCall<Session>(
    origin,
    'POST',
    '/auth/password',
    { currentPassword: password, newPassword: NEW_STAFF_PASSWORD },
    first.token,
  );
}

async function measureOn(ctx: BenchContext, name: DatabaseName): Promise<Measured> {
  const dataDir = makeTempDir('fx-bench-quiz-');
  const database = await freshBenchDatabase(name, 'quiz', dataDir);
  // Its own server: the 1,000-question bank and thousands of users stay out of other suites.
  // Thousands of people sign in from one address here: lift the per-IP sign-in limit.
  const api = await startApiServer(ctx.root, dataDir, `API server (quiz, ${name})`, {
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
    ...database.env,
  });
  try {
    const bare = await ctx.bareServer();
    const { warmupSeconds, measureSeconds: seconds } = ctx.timing;

    ctx.progress(
      `quiz (${name}): importing ${BANK_SIZE - builtIn.length} questions to make ${BANK_SIZE}`,
    );
    const staff = await signedInStaff(api.origin, database, 'bench-quiz-staff');
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
    // A slow start may finish nothing in a --quick second; failures are what must stop the run.
    for (const [what, r] of [
      ['draws', papers],
      ['submissions', submissions],
    ] as const) {
      if (r.ok === 0 && r.non2xx + r.errors > 0) {
        throw new Error(
          `quiz (${name}): no ${what} succeeded: ${r.non2xx} non-2xx, ${r.errors} errors`,
        );
      }
    }
    return {
      database: name,
      baseline,
      papers,
      submissions,
      stock: stock.length,
      users: Math.ceil(drawn / PAPERS_PER_USER),
    };
  } finally {
    await api.stop();
    await database.drop();
  }
}

export const quizSuite: Suite = {
  name: 'quiz',
  description: 'papers drawn and submissions scored per second with 1,000 questions, vs bare route',
  run,
};
