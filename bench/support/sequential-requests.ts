/**
 * Latency of single requests of any method one after another on a kept-alive connection (a
 * POST, a staff GET with a token, an answer that should be a 404): what one user waits for.
 */
import http from 'node:http';
import type { SequentialResult } from './sequential';

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export interface BenchRequest {
  method: 'GET' | 'POST';
  /** The full URL. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export function sendRequest(
  request: BenchRequest,
): Promise<{ ms: number; status: number; text: string }> {
  const data = request.body === undefined ? undefined : JSON.stringify(request.body);
  const headers = {
    ...(data ? { 'content-type': 'application/json' } : {}),
    ...request.headers,
  };
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request(request.url, { method: request.method, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({
          ms: Number(process.hrtime.bigint() - started) / 1e6,
          status: res.statusCode ?? 0,
          text,
        }),
      );
    });
    req.on('error', reject);
    req.end(data);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** p50/p95/p99 of latencies (sorted here). */
export function latencyResult(latencies: number[], meanItems = 1): SequentialResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    meanItems,
  };
}

/**
 * Sends `count` requests made by `make(n)` (after `warmup` untimed ones); each must answer
 * `expectStatus`. Stops early after `budgetSeconds` (at least 10 timed). `onAnswer` sees every
 * timed answer's body (e.g. to keep the numbers and codes filing handed out).
 */
export async function measureRequests(
  make: (n: number) => BenchRequest,
  options: {
    count: number;
    expectStatus: number;
    warmup?: number;
    budgetSeconds?: number;
    onAnswer?: (text: string) => void;
  },
): Promise<SequentialResult> {
  const { count, expectStatus, warmup = 3, budgetSeconds = Infinity } = options;
  const check = async (n: number) => {
    const request = make(n);
    const answer = await sendRequest(request);
    if (answer.status !== expectStatus) {
      throw new Error(
        `${request.method} ${request.url} answered ${answer.status}, not ${expectStatus}: ${answer.text.slice(0, 300)}`,
      );
    }
    return answer;
  };
  for (let n = 0; n < warmup; n++) await check(n);
  const latencies: number[] = [];
  let items = 0;
  const deadline = Date.now() + budgetSeconds * 1000;
  for (let n = warmup; n < warmup + count; n++) {
    if (latencies.length >= 10 && Date.now() > deadline) break;
    const { ms, text } = await check(n);
    latencies.push(ms);
    options.onAnswer?.(text);
    const parsed = JSON.parse(text || '{}') as { items?: unknown[] };
    items += parsed.items?.length ?? 1;
  }
  return latencyResult(latencies, items / latencies.length);
}

/**
 * Several targets taken in turns (each round sends one of each, the order rotating), so that a
 * busy moment of the machine falls on all of them alike: to compare answers that must cost the
 * same (a wrong progress code and a number that does not exist).
 */
export async function measureInterleaved(
  targets: { make: (n: number) => BenchRequest; expectStatus: number }[],
  rounds: number,
): Promise<SequentialResult[]> {
  const latencies = targets.map(() => [] as number[]);
  for (let round = -3; round < rounds; round++) {
    for (let k = 0; k < targets.length; k++) {
      const t = (Math.max(round, 0) + k) % targets.length;
      const request = targets[t].make(round + 3);
      const answer = await sendRequest(request);
      if (answer.status !== targets[t].expectStatus) {
        throw new Error(`${request.url} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
      }
      if (round >= 0) latencies[t].push(answer.ms);
    }
  }
  return latencies.map((l) => latencyResult(l));
}
