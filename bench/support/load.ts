/**
 * One load measurement with autocannon, in this (the bench) process: a fixed number of
 * connections, pipelining 1, for a fixed time. Latencies are collected per response here, so
 * that p95 is exact (autocannon's own summary has p90 and p97.5 but no p95).
 */
import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Called before every request: return it with a fresh body or headers. */
  setupRequest?: (
    request: autocannon.Request,
    context: Record<string, unknown>,
  ) => autocannon.Request;
  /**
   * Called with every response body (e.g. to keep the ids a later measurement needs); context
   * is the connection's, shared with the setupRequest of the request answered.
   */
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  connections: number;
  seconds: number;
  /** The answer the route should give (default: any 2xx), e.g. 404 for a wrong progress code. */
  expectStatus?: number;
}

export interface LoadResult {
  /** 2xx (or the expected status) responses per second over the whole run. */
  requestsPerSecond: number;
  /** 2xx (or expected) responses. */
  ok: number;
  /** Responses other than 2xx (a 429 would mean the rate limiter got in the way). */
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  seconds: number;
  /** Milliseconds, over 2xx responses. */
  latency: { p50: number; p95: number; p99: number };
}

/** A measurement that has not finished this long after its duration is stopped. */
const GRACE_SECONDS = 20;

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let unexpected2xx = 0;
  let stop = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: options.method ?? 'GET',
        headers: options.headers,
        body: options.body,
        requests:
          options.setupRequest || options.onResponse
            ? [
                {
                  setupRequest: options.setupRequest as autocannon.Request['setupRequest'],
                  onResponse: options.onResponse as autocannon.Request['onResponse'],
                },
              ]
            : undefined,
        connections: options.connections,
        pipelining: 1,
        duration: options.seconds,
        timeout: 10,
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    // Requests start on the next turn of the event loop: no response is missed.
    const expected = (status: number) =>
      options.expectStatus === undefined
        ? status >= 200 && status < 300
        : status === options.expectStatus;
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (expected(statusCode)) latencies.push(responseTime);
      else if (statusCode >= 200 && statusCode < 300) unexpected2xx += 1;
    });
    stop = () => instance.stop();
  });
  const guard = setTimeout(() => stop(), (options.seconds + GRACE_SECONDS) * 1000);
  let result: autocannon.Result;
  try {
    result = await finished;
  } finally {
    clearTimeout(guard);
  }
  const ok = latencies.length;
  // An expected non-2xx answer is the measurement, not a failure.
  const expectsNon2xx = options.expectStatus !== undefined && options.expectStatus >= 300;
  const expectedNon2xx = expectsNon2xx ? ok : 0;
  return {
    requestsPerSecond: result.duration > 0 ? ok / result.duration : 0,
    ok,
    non2xx: result.non2xx - expectedNon2xx + unexpected2xx,
    errors: result.errors + result.timeouts,
    seconds: result.duration,
    latency: percentiles(latencies),
  };
}

function percentiles(samples: number[]): LoadResult['latency'] {
  if (samples.length === 0) return { p50: NaN, p95: NaN, p99: NaN };
  const sorted = Float64Array.from(samples).sort();
  // Nearest rank: the smallest sample with at least p% of the samples at or below it.
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}
