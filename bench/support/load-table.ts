/** The columns and rows of a load measurement next to its baseline (complaints, quiz). */
import { count, ms, ratio } from './format';
import type { LoadResult } from './load';
import type { Column } from './table';

export const LOAD_COLUMNS: Column[] = [
  { header: 'route' },
  { header: 'req/s', align: 'right' },
  { header: 'vs bare', align: 'right' },
  { header: 'p50 ms', align: 'right' },
  { header: 'p95 ms', align: 'right' },
  { header: 'p99 ms', align: 'right' },
  { header: 'non-2xx/err', align: 'right' },
];

export const loadRow = (label: string, result: LoadResult, baseline: LoadResult): string[] => [
  label,
  count(result.requestsPerSecond),
  ratio(result.requestsPerSecond, baseline.requestsPerSecond),
  ms(result.latency.p50),
  ms(result.latency.p95),
  ms(result.latency.p99),
  count(result.non2xx + result.errors),
];
