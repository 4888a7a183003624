/**
 * The fuzz loop, shared by the test (inject) and the benchmark (a real server over HTTP): every
 * operation × `casesPerOperation` cases, each answer checked. The id pool stays as the set-up
 * left it, so a seed names the same cases whatever the concurrency.
 */
import { CALLER_KINDS } from './callers';
import { generateCase, type FuzzCase } from './cases';
import { problemWith } from './check';
import type { Operation } from './openapi';
import type { Send, World } from './world';

/** Cases per operation in `npm test` (the benchmark runs 20× as many). */
export const TEST_CASES_PER_OPERATION = 40;

export interface FuzzFailure {
  problem: string;
  status: number;
  request: FuzzCase;
  response: string;
}

export interface FuzzReport {
  requests: number;
  operations: number;
  callers: number;
  /** Distinct operation × caller pairs sent. */
  pairs: number;
  fiveXx: number;
  failures: FuzzFailure[];
  /** How many answers had each status. */
  statuses: Record<number, number>;
  /** Operations with at least one failure, each with its count. */
  failingOperations: Record<string, number>;
  /** Per operation, answers by status ('201': 3, '400': 20 …): shows which cases got through. */
  byOperation: Record<string, Record<number, number>>;
  /** Per mutation kind, answers by status. */
  byKind: Record<string, Record<number, number>>;
}

export async function runFuzz(options: {
  send: Send;
  operations: Operation[];
  world: World;
  casesPerOperation: number;
  seed: number;
  /** Requests in flight at once. */
  concurrency: number;
  onProgress?: (done: number, total: number) => void;
}): Promise<FuzzReport> {
  const { operations, world, casesPerOperation, seed } = options;
  const jobs: [Operation, number][] = [];
  for (let i = 0; i < casesPerOperation; i++) for (const op of operations) jobs.push([op, i]);
  const report: FuzzReport = {
    requests: 0,
    operations: operations.length,
    callers: CALLER_KINDS.length,
    pairs: 0,
    fiveXx: 0,
    failures: [],
    statuses: {},
    failingOperations: {},
    byOperation: {},
    byKind: {},
  };
  const pairs = new Set<string>();
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const [op, index] = jobs[next++];
      const request = generateCase(op, index, { ...world, seed });
      const res = await options.send(request);
      report.requests++;
      pairs.add(`${op.id} ${request.caller}`);
      count(report.statuses, res.status);
      count((report.byOperation[op.id] ??= {}), res.status);
      count((report.byKind[request.kind] ??= {}), res.status);
      if (res.status >= 500) report.fiveXx++;
      const problem = problemWith(res);
      if (problem) {
        report.failingOperations[op.id] = (report.failingOperations[op.id] ?? 0) + 1;
        if (report.failures.length < 200) {
          report.failures.push({
            problem,
            status: res.status,
            request,
            response: res.body.slice(0, 300),
          });
        }
      }
      if (options.onProgress && report.requests % 500 === 0) {
        options.onProgress(report.requests, jobs.length);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  report.pairs = pairs.size;
  return report;
}

/** A failure as a line a person can replay: the request (bodies cut short) and the answer. */
export function describeFailure(f: FuzzFailure): string {
  const r = f.request;
  const body =
    r.body === undefined
      ? ''
      : ` body(${r.body.length}B)=${JSON.stringify(r.body.toString().slice(0, 160))}`;
  const headers = Object.entries(r.headers)
    .map(([k, v]) => `${k}: ${v.length > 80 ? `${v.slice(0, 80)}…` : v}`)
    .join('; ');
  return `${f.problem} — [${r.kind} as ${r.caller}] ${r.method} ${r.url.slice(0, 200)} {${headers}}${body} → ${f.response}`;
}

const count = (tally: Record<number, number>, status: number) => {
  tally[status] = (tally[status] ?? 0) + 1;
};
