import type { Kysely } from 'kysely';
import type { MyReportList, MyReportQuery, ProgressQueryBody, ReportProgress } from '@api/reports';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import { stringKeysetPage } from '../../pagination';
import { notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { findCampaign } from '../campaigns/campaigns-repository';
import { reportKeys } from './report-codes';
import { toMyReport, toProgress } from './report-view';
import {
  findReport,
  findCodeHashByNo,
  listReportEvents,
  listReportsOfReporter,
  reportNoOf,
  type ReportRow,
} from './reports-repository';

/** What the reporter sees: by number and code (anyone), or signed in as its real-name reporter. */

/** One answer for a wrong number and a wrong code alike: nothing says whether the number exists. */
const progressNotFound = () => notFound('REPORT_NOT_FOUND', '举报编号或查询码不正确');

/** Compared against when the number is unknown, so that both cases do the same work. */
const NO_SUCH_HASH = 'x'.repeat(43);

async function campaignName(db: Kysely<Database>, id: string | null) {
  return id ? (await findCampaign(db, id))?.name : undefined;
}

async function progressOf(db: Kysely<Database>, row: ReportRow): Promise<ReportProgress> {
  const [events, name, mergedIntoNo] = await Promise.all([
    listReportEvents(db, row.id),
    campaignName(db, row.campaign_id),
    row.merged_into ? reportNoOf(db, row.merged_into) : undefined,
  ]);
  return toProgress(row, events, { campaignName: name, mergedIntoNo });
}

/** POST /reports/progress: the code's keyed hash, compared in constant time. */
export async function progressByCode(
  deps: AppDeps,
  query: ProgressQueryBody,
): Promise<ReportProgress> {
  const { db } = deps.db;
  const keys = reportKeys(deps.config.personalDataKey);
  const key = await findCodeHashByNo(db, query.reportNo);
  const matches = keys.codeMatches(key?.code_hash ?? NO_SUCH_HASH, query.reportNo, query.code);
  const row = key && matches ? await findReport(db, key.id) : undefined;
  if (!row) throw progressNotFound();
  return progressOf(db, row);
}

/** 我的举报: the caller's real-name reports, newest first (anonymous ones keep no account). */
export async function myReports(
  deps: AppDeps,
  caller: TokenPayload,
  query: MyReportQuery,
): Promise<MyReportList> {
  const { db } = deps.db;
  const page = await stringKeysetPage(
    query,
    ({ after, limit }) => listReportsOfReporter(db, caller.sub, after, limit),
    (r) => [r.created_at, r.id],
  );
  const names = new Map<string, string | undefined>();
  for (const id of new Set(page.rows.map((r) => r.campaign_id))) {
    if (id) names.set(id, await campaignName(db, id));
  }
  return {
    items: page.rows.map((r) =>
      toMyReport(r, r.campaign_id ? names.get(r.campaign_id) : undefined),
    ),
    nextCursor: page.nextCursor,
  };
}

/** One's own real-name report; anyone else (staff included: they have /manage) gets 404. */
export async function ownReport(
  deps: AppDeps,
  caller: TokenPayload,
  id: string,
): Promise<ReportProgress> {
  const { db } = deps.db;
  const row = await findReport(db, id);
  if (!row || row.reporter_user_id === null || row.reporter_user_id !== caller.sub) {
    throw notFound('REPORT_NOT_FOUND', '举报不存在');
  }
  return progressOf(db, row);
}
