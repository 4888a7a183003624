/**
 * Crash suite: the kill -9 durability run of test/server/crash-durability.test.ts with more rounds
 * and bigger bursts. The real server is SIGKILLed after a random number of acknowledged
 * idempotent writes (complaints and complaint notes), restarted on the same data and sent every
 * request again with its key: acknowledged writes lost, duplicates and replays that did not answer
 * 2xx are counted. SQLite; PostgreSQL too when TEST_DATABASE_URL names a server. CRASH_SEED=<n>
 * repeats a run's kill points.
 */
import { runCrashRounds, type CrashFigures } from '../test/server/support/crash/crash-burst';
import type { BenchContext, Suite } from './suite';
import { count } from './support/format';
import type { Table } from './support/table';

const MAX_FAILURES_SHOWN = 10;

async function run(ctx: BenchContext) {
  const seed = Number(process.env.CRASH_SEED) || Math.floor(Math.random() * 1_000_000);
  const rounds = ctx.quick ? 3 : 12;
  const databases: { name: string; adminUrl?: string }[] = [
    { name: 'SQLite (WAL, synchronous=FULL)' },
  ];
  if (process.env.TEST_DATABASE_URL) {
    databases.push({ name: 'PostgreSQL', adminUrl: process.env.TEST_DATABASE_URL });
  }
  const results: { name: string; figures: CrashFigures; seconds: number }[] = [];
  for (const db of databases) {
    ctx.progress(`crash: ${db.name}, ${rounds} rounds, seed ${seed}`);
    const started = Date.now();
    const figures = await runCrashRounds({
      root: ctx.root,
      rounds,
      writesPerRound: 40,
      concurrency: 8,
      consumers: 4,
      seed,
      postgresAdminUrl: db.adminUrl,
      progress: ctx.progress,
    });
    results.push({ name: db.name, figures, seconds: (Date.now() - started) / 1000 });
  }

  const table: Table = {
    title: `kill -9 during bursts of idempotent writes (${rounds} rounds each, seed ${seed})`,
    columns: [
      { header: 'database' },
      { header: 'writes sent', align: 'right' },
      { header: 'acked before kill', align: 'right' },
      { header: 'cut by kill', align: 'right' },
      { header: 'replays', align: 'right' },
      { header: 'from key', align: 'right' },
      { header: 'lost', align: 'right' },
      { header: 'duplicates', align: 'right' },
      { header: 'bad replays', align: 'right' },
      { header: 'seconds', align: 'right' },
    ],
    rows: results.map(({ name, figures: f, seconds }) => [
      name,
      count(f.writes),
      count(f.acknowledged),
      count(f.cut),
      count(f.replays),
      count(f.replayed),
      count(f.lost),
      count(f.duplicates),
      count(f.failures.length),
      seconds.toFixed(1),
    ]),
    notes: [
      'Each round: a burst (complaints and notes, each with its own Idempotency-Key), SIGKILL after a',
      'random number of 2xx answers, a restart on the same data, every request of the burst sent twice',
      'more with its key. Must be 0 lost, 0 duplicates, 0 bad replays (a non-2xx, or an acknowledged',
      'write replayed without idempotent-replay: true or with another id).',
      ...results.flatMap((r) =>
        r.figures.failures.slice(0, MAX_FAILURES_SHOWN).map((line) => `${r.name}: ${line}`),
      ),
    ],
  };
  return {
    tables: [table],
    summary: results.map(
      ({ name, figures: f }) =>
        `${name}: ${f.rounds} rounds, ${count(f.acknowledged)} writes acknowledged before kill -9, ${f.lost} lost, ${f.duplicates} duplicates, ${f.failures.length} bad replays`,
    ),
  };
}

export const crashSuite: Suite = {
  name: 'crash',
  description: 'kill -9 in bursts of idempotent writes, restart, replay: lost, duplicates',
  run,
};
