/**
 * Crash durability (issue 10): the real server is SIGKILLed in the middle of a burst of
 * idempotent writes, restarted on the same data, and sent every request again with its key.
 * Nothing acknowledged may be lost, nothing may exist twice, every replay answers 2xx (a write
 * that committed replays with `idempotent-replay: true` and its id). Bounded here; `npm run bench
 * -- crash` runs more rounds. CRASH_SEED=<n> repeats a run's kill points.
 */
import path from 'node:path';
import { recordFigure } from '../support/figures';
import { runCrashRounds } from './support/crash/crash-burst';

const dialect = process.env.TEST_DB_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
const ROOT = path.resolve(__dirname, '../..');
const seed = Number(process.env.CRASH_SEED) || Math.floor(Math.random() * 1_000_000);

describe(`kill -9 during a burst of idempotent writes (${dialect})`, () => {
  it('loses no acknowledged write and duplicates none, every replay 2xx', async () => {
    const rounds = 3;
    const figures = await runCrashRounds({
      root: ROOT,
      rounds,
      writesPerRound: 24,
      concurrency: 6,
      consumers: 3,
      seed,
      postgresAdminUrl: dialect === 'postgres' ? process.env.TEST_DATABASE_URL : undefined,
    });
    recordFigure(
      `crash durability (${dialect})`,
      `${figures.rounds} rounds (seed ${seed}), ${figures.writes} writes sent, ${figures.acknowledged} acknowledged before the kill, ${figures.cut} cut, ${figures.replays} replays (${figures.replayed} from the key), ${figures.lost} lost, ${figures.duplicates} duplicates`,
    );
    expect(figures.rounds).toBe(rounds);
    expect(figures.acknowledged).toBeGreaterThan(0);
    expect({ seed, failures: figures.failures }).toEqual({ seed, failures: [] });
    expect(figures.lost).toBe(0);
    expect(figures.duplicates).toBe(0);
  }, 150_000);
});
