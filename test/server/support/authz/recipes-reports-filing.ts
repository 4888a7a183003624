import type { InjectOptions } from 'fastify';
import { makePng, multipart } from '../merchants';
import { fileReport, freshIp, realName, reportBody } from '../reports';
import { get, type Recipe } from './recipe';
import type { Account, AuthzWorld } from './world';

/**
 * 举报 filing and the reporter's reads (rows of S1). Every request comes from its own IP: the
 * per-IP hourly limits would otherwise stop the matrix, not the rule under test.
 */

const fromFreshIp = (req: InjectOptions): InjectOptions => ({ ...req, remoteAddress: freshIp() });
const postJson = (url: string, payload: object) => fromFreshIp({ method: 'POST', url, payload });

/** The victim's real-name report: its id, number and code. */
const victimReport = (w: AuthzWorld) =>
  w.once('report:victim-filing', async () => {
    const r = await fileReport(
      w.t,
      { reporter: realName('矩阵实名', '13700002222') },
      w.victim.token,
    );
    return `${r.id} ${r.reportNo} ${r.code}`;
  });
const victimReportId = async (w: AuthzWorld) => (await victimReport(w)).split(' ')[0];

/** The caller's own real-name report. */
const ownReport = (w: AuthzWorld, who: Account) =>
  w.once(`report:own:${who.userId}`, async () => {
    const body = { reporter: realName() };
    return (await fileReport(w.t, body, who.token)).id;
  });

let salt = 7000;
const photoUpload = (): InjectOptions => {
  const { payload, headers } = multipart(makePng([], salt++));
  return fromFreshIp({ method: 'POST', url: '/api/v1/reports/photos', payload, headers });
};

export const REPORT_FILING_RECIPES: Record<string, Recipe> = {
  'POST /api/v1/reports': {
    requests: () => [
      postJson('/api/v1/reports', reportBody()),
      postJson('/api/v1/reports', reportBody({ reporter: realName() })),
    ],
    // Someone else's photo (and an evidence upload) in the body: refused, nothing written.
    foreignRefs: async ({ w }) => [
      postJson('/api/v1/reports', reportBody({ photos: [w.others.evidence] })),
    ],
  },
  'POST /api/v1/reports/photos': { requests: () => [photoUpload()] },
  'POST /api/v1/reports/progress': {
    requests: async (_, { w }) => {
      const [, reportNo, code] = (await victimReport(w)).split(' ');
      return [postJson('/api/v1/reports/progress', { reportNo, code })];
    },
  },
  'GET /api/v1/reports/mine': {
    foreign: () => victimIds,
    requests: async (_, { w }) => {
      victimIds = [await victimReportId(w)];
      return [get('/api/v1/reports/mine'), get('/api/v1/reports/mine?limit=5')];
    },
  },
  'GET /api/v1/reports/{id}': {
    other: ({ w }) => victimReportId(w),
    own: ({ w, who }) => ownReport(w, who),
    requests: (id) => [get(`/api/v1/reports/${id}`)],
  },
};

let victimIds: string[] = [];
