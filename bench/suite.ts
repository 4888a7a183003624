/**
 * What a benchmark suite is: one file exporting `{ name, description, run(ctx) }` that measures
 * something and returns tables for the report. run.ts lists the suites and prints what they return.
 */
import type { ServerProcess } from '../test/support/server-process';
import type { Table } from './support/table';

export interface BenchContext {
  /** The repository root (where package.json is). */
  root: string;
  /** `--quick`: short runs for a smoke test; the figures are rougher. */
  quick: boolean;
  /** How long each load measurement runs, and the untimed warm-up before a target's first one. */
  timing: { warmupSeconds: number; measureSeconds: number };
  /** The real API server (fresh database), started on first use and shared by the suites. */
  apiServer(): Promise<ServerProcess>;
  /** The bare Fastify server, the baseline for HTTP ratios; started on first use, shared. */
  bareServer(): Promise<ServerProcess>;
  /** A progress line (stderr), so that stdout holds only the report. */
  progress(line: string): void;
}

export interface SuiteResult {
  tables: Table[];
  /** One or two lines for the summary at the end of the report. */
  summary: string[];
}

export interface Suite {
  /** Short and lower-case: the filter on the command line (`npm run bench -- http`). */
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<SuiteResult>;
}
