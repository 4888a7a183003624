/**
 * The reports suite's requests: filing, the progress check (right code, wrong code, unknown
 * number), the staff queue and page, the campaign routes; each request from its own address.
 */
import type { ReportCreated } from '@api/reports';
import { shanghaiDate } from '../../server/src/time';
import { count } from './format';
import type { LoadResult } from './load';
import type { BenchRequest } from './sequential-requests';
import type { SyntheticReports } from './synthetic-reports';

export interface Seeded {
  seconds: number;
  password: string;
  synthetic: SyntheticReports;
  /** Businesses to report (registered ones, as the form's search finds them). */
  businesses: { merchantId: string; name: string; address: string }[];
  activeCampaigns: string[];
}

/** One target: how to make its n-th request, and what it should answer. */
export interface Target {
  label: string;
  expectStatus: number;
  make: (n: number) => BenchRequest;
}

/** 10.x.y.z, a different one for every request of a run. */
let addresses = 0;
const nextAddress = () => {
  const n = (addresses += 1);
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

export function targetsOf(origin: string, token: string, seeded: Seeded) {
  const runId = Date.now().toString(36);
  const api = `${origin}/api/v1`;
  const staff = { authorization: `Bearer ${token}` };
  const { synthetic, businesses, activeCampaigns } = seeded;
  const filed: ReportCreated[] = [];
  const busiest = [...synthetic.byCampaign].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  let filing = 0;
  const file: Target = {
    label: 'POST /reports (anonymous)',
    expectStatus: 201,
    make: () => {
      const n = (filing += 1);
      const business = businesses[n % businesses.length];
      return {
        method: 'POST',
        url: `${api}/reports`,
        headers: { 'x-forwarded-for': nextAddress(), 'idempotency-key': `bench-${runId}-${n}` },
        body: {
          reporter: { kind: 'anonymous' },
          business,
          ...(n % 2 === 0 && activeCampaigns.length > 0
            ? { campaignId: activeCampaigns[n % activeCampaigns.length] }
            : {}),
          description: `压测举报${runId}第${n}号：店里在卖过期食品，包装破损，请核查。`,
          seenOn: shanghaiDate(new Date()),
          place: `${business.name}店内`,
          ...(n % 3 === 0 ? { location: { latitude: 27.72, longitude: 106.92 } } : {}),
          photos: [],
          wantsReply: false,
        },
      };
    },
  };
  const progress = (label: string, wrong: 'code' | 'number' | false): Target => ({
    label,
    expectStatus: wrong ? 404 : 200,
    make: (n) => {
      const report = filed[n % filed.length];
      const reportNo =
        wrong === 'number' ? report.reportNo.replace(/-\d+$/, '-9999') : report.reportNo;
      return {
        method: 'POST',
        url: `${api}/reports/progress`,
        headers: { 'x-forwarded-for': nextAddress() },
        body: { reportNo, code: wrong === 'code' ? 'ABCD-EFGH' : report.code },
      };
    },
  });
  const get = (
    label: string,
    pathOf: (n: number) => string,
    headers: Record<string, string> = staff,
  ): Target => ({
    label,
    expectStatus: 200,
    make: (n) => ({ method: 'GET', url: `${api}${pathOf(n)}`, headers }),
  });
  const town = encodeURIComponent(synthetic.busiestTown);
  const reads: Target[] = [
    progress('POST /reports/progress (right code)', false),
    progress('POST /reports/progress (wrong code)', 'code'),
    progress('POST /reports/progress (unknown number)', 'number'),
    get('GET /reports (staff queue, first page)', () => '/reports'),
    get('GET /reports?status=received', () => '/reports?status=received'),
    get('GET /reports?campaignId&town', () => `/reports?campaignId=${busiest}&town=${town}`),
    get('GET /reports?overdue=true', () => '/reports?overdue=true'),
    get(
      'GET /reports/:id/manage',
      (n) => `/reports/${synthetic.sampleIds[(n * 37) % synthetic.sampleIds.length]}/manage`,
    ),
    get('GET /campaigns/active (首页)', () => '/campaigns/active', {}),
    get(
      `GET /campaigns/:id/stats (${count(synthetic.byCampaign.get(busiest) ?? 0)} reports)`,
      () => `/campaigns/${busiest}/stats`,
    ),
  ];
  const keep = (text: string) => filed.push(JSON.parse(text) as ReportCreated);
  return { file, reads, keep, filed };
}

/** Two measurements as one: counts added, rates and percentiles averaged (approximate). */
export function meanOf(results: LoadResult[]): LoadResult {
  const mean = (pick: (r: LoadResult) => number) =>
    results.reduce((sum, r) => sum + pick(r), 0) / results.length;
  const sum = (pick: (r: LoadResult) => number) => results.reduce((t, r) => t + pick(r), 0);
  return {
    requestsPerSecond: mean((r) => r.requestsPerSecond),
    ok: sum((r) => r.ok),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    seconds: sum((r) => r.seconds),
    latency: {
      p50: mean((r) => r.latency.p50),
      p95: mean((r) => r.latency.p95),
      p99: mean((r) => r.latency.p99),
    },
  };
}
