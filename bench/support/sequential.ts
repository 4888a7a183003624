/**
 * Latency of single requests one after another on a kept-alive connection: what one user waits
 * for each search, without the queueing that a throughput run adds.
 */
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function timedGet(url: string): Promise<{ ms: number; status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    http
      .get(url, { agent }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            status: response.statusCode ?? 0,
            body,
          }),
        );
      })
      .on('error', reject);
  });
}

export interface SequentialResult {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** Mean number of items in the answers (for searches), to show the queries found something. */
  meanItems: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * GETs every url once (after a warm-up pass over the first few); every answer must be 200.
 * With `budgetSeconds`, stops early once that much time has passed (after at least 10 requests),
 * so that a slow route cannot stretch the run.
 */
export async function measureSequential(
  urls: string[],
  warmup = 20,
  budgetSeconds = Infinity,
): Promise<SequentialResult> {
  for (const url of urls.slice(0, warmup)) await timedGet(url);
  const latencies: number[] = [];
  let items = 0;
  const deadline = Date.now() + budgetSeconds * 1000;
  for (const url of urls) {
    if (latencies.length >= 10 && Date.now() > deadline) break;
    const { ms, status, body } = await timedGet(url);
    if (status !== 200) throw new Error(`${url} answered ${status}: ${body.slice(0, 200)}`);
    latencies.push(ms);
    const parsed = JSON.parse(body) as { items?: unknown[] };
    items += parsed.items?.length ?? 1;
  }
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    meanItems: items / latencies.length,
  };
}
