import type { FastifyBaseLogger } from 'fastify';
import type { Updateable } from 'kysely';
import type { ReportDecisionBody, StaffReportDetail } from '@api/reports';
import {
  DECLINE_REASONS,
  REPORT_ACTION_LABELS,
  REPORT_DEADLINES,
  REPORT_STATUS_LABELS,
} from '@/domain/report-vocabulary';
import { addWorkingDays } from '@/domain/working-days';
import { recordAudit } from '../../db/audit';
import type { ReportsTable } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { badRequest, conflict } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { shanghaiDate } from '../../time';
import { loadHolidayCalendar } from '../calendar/calendar-service';
import {
  addReportEvent,
  findHandledReport,
  markReporterTold,
  mergedReporters,
  updateReportIf,
  type HandledReportRow,
} from './handling-repository';
import { deliverReporterNews, notifyReporter, type ReporterNews } from './report-notifications';
import { auditAction } from './staff-view';
import { loadHandledReport, staffReportDetail } from './staff-reading-service';

const wrongState = (message: string) => conflict('REPORT_STATE', message);
const changedMeanwhile = () => wrongState('举报已被他人更新，请刷新后重试');

interface DecisionPlan {
  patch: Updateable<ReportsTable>;
  /** What the reporter sees in progress (none for a malicious mark). */
  step?: string;
  /** The text staff's history shows. */
  note?: string;
  /** A decision the real-name reporter is told of. */
  news?: ReporterNews;
}

/** 4月20日 */
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

const joined = (...parts: (string | undefined)[]) =>
  parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join('；');

function needReceived(row: HandledReportRow, action: ReportDecisionBody['action']) {
  if (row.status !== 'received') {
    throw wrongState(
      `该举报${REPORT_STATUS_LABELS[row.status]}，只有待核查的举报可以${REPORT_ACTION_LABELS[action]}`,
    );
  }
}

async function planDecision(
  deps: AppDeps,
  row: HandledReportRow,
  body: ReportDecisionBody,
  today: string,
): Promise<DecisionPlan> {
  const decided = async (): Promise<Updateable<ReportsTable>> => ({
    decided_on: today,
    ...(row.reporter_kind === 'real-name' && {
      tell_reporter_by: addWorkingDays(
        today,
        REPORT_DEADLINES.tellReporterWorkingDays,
        await loadHolidayCalendar(deps.db.db),
      ),
    }),
  });
  switch (body.action) {
    case 'extend': {
      if (row.extended === 1) throw wrongState('已延期一次，不能再次延期');
      needReceived(row, body.action);
      const calendar = await loadHolidayCalendar(deps.db.db);
      const decideBy = addWorkingDays(
        row.decide_by,
        REPORT_DEADLINES.extensionWorkingDays,
        calendar,
      );
      return {
        patch: { extended: 1, extension_reason: body.reason.trim(), decide_by: decideBy },
        step: `核查期限已延长至${monthDay(decideBy)}`,
        note: joined(`延长至${decideBy}`, body.reason),
      };
    }
    case 'open-case':
      needReceived(row, body.action);
      return {
        patch: { status: 'case-opened', ...(await decided()), decision_note: body.note ?? null },
        step: '已立案',
        note: body.note,
        news: { kind: 'open-case' },
      };
    case 'decline': {
      needReceived(row, body.action);
      const reason = DECLINE_REASONS[body.reason];
      return {
        patch: {
          status: 'not-opened',
          ...(await decided()),
          decline_reason: body.reason,
          decision_note: body.note ?? null,
        },
        step: '不予立案',
        note: joined(reason, body.note),
        news: { kind: 'decline', reason },
      };
    }
    case 'transfer': {
      needReceived(row, body.action);
      const authority = body.authority.trim();
      return {
        patch: {
          status: 'transferred',
          ...(await decided()),
          transferred_to: authority,
          decision_note: body.note ?? null,
        },
        step: `已移送${authority}`,
        note: joined(`移送${authority}`, body.note),
        news: { kind: 'transfer', authority },
      };
    }
    case 'merge': {
      needReceived(row, body.action);
      const target = await findHandledReport(deps.db.db, body.intoReportId);
      if (
        !target ||
        target.id === row.id ||
        target.business_key !== row.business_key ||
        target.status === 'merged'
      ) {
        throw badRequest('REPORT_MERGE_TARGET', '只能并入同一经营者的其他举报', {
          intoReportId: '只能并入同一经营者、未被合并的其他举报',
        });
      }
      return {
        patch: { status: 'merged', merged_into: target.id },
        step: '已与同一线索合并处理',
        note: `并入${target.report_no}`,
      };
    }
    case 'conclude':
      if (row.status !== 'case-opened') throw wrongState('只有已立案的举报可以办结');
      return {
        patch: { status: 'concluded', outcome: body.outcome.trim() },
        step: '已办结',
        note: body.outcome,
        news: { kind: 'conclude', outcome: body.outcome },
      };
    case 'mark-malicious':
      if (row.malicious === 1) throw wrongState('已标记为恶意举报');
      return {
        patch: { malicious: 1, malicious_reason: body.reason.trim() },
        note: body.reason,
      };
  }
}

/** A reporter hears of a decision; of the outcome of a case only when they asked (第三十二条). */
const wantsNews = (news: ReporterNews, wantsReply: number) =>
  news.kind !== 'conclude' || wantsReply === 1;

/**
 * One staff step, in one transaction: the report, the reporter's visible step, the audit row and,
 * for a decision, the real-name reporters' messages — this report's and those merged into it,
 * whose progress shows the step too (the subscribe messages follow the commit).
 */
export async function decideReport(
  deps: AppDeps,
  log: FastifyBaseLogger,
  caller: TokenPayload,
  id: string,
  body: ReportDecisionBody,
): Promise<StaffReportDetail> {
  const db = deps.db.db;
  const row = await loadHandledReport(db, id);
  const now = deps.now();
  const at = now.toISOString();
  const plan = await planDecision(deps, row, body, shanghaiDate(now));
  const { news } = plan;
  const followers = news ? await mergedReporters(db, id) : [];
  const listeners = news
    ? [row, ...followers].filter(
        (r) =>
          r.reporter_kind === 'real-name' &&
          r.reporter_user_id !== null &&
          wantsNews(news, r.wants_reply),
      )
    : [];
  const told = listeners.map((r) => ({
    id: r.id,
    reportNo: r.report_no,
    userId: r.reporter_user_id as string,
    subscribed: r.subscribed === 1,
  }));
  const tellsThis = told.some((r) => r.id === id);

  await db.transaction().execute(async (trx) => {
    const patch = { ...plan.patch, ...(tellsThis && { reporter_told_at: at }), updated_at: at };
    if (
      !(await updateReportIf(trx, id, { status: row.status, updatedAt: row.updated_at }, patch))
    ) {
      throw changedMeanwhile();
    }
    if (plan.step) await addReportEvent(trx, id, at, plan.step);
    for (const f of followers) await addReportEvent(trx, f.id, at, `合并处理的举报${plan.step}`);
    await recordAudit(trx, {
      actorId: caller.sub,
      action: auditAction(body.action),
      targetType: 'report',
      targetId: id,
      detail: {
        from: row.status,
        to: plan.patch.status ?? row.status,
        ...(plan.note?.trim() && { note: plan.note.trim() }),
      },
      at: now,
    });
    if (!news) return;
    for (const reporter of told) {
      await deliverReporterNews(trx, reporter, news, now);
      if (reporter.id !== id) await markReporterTold(trx, reporter.id, at);
    }
  });

  if (news) {
    for (const reporter of told.filter((r) => r.subscribed)) {
      await notifyReporter(deps, log, reporter, news, now);
    }
  }
  return staffReportDetail(deps, id);
}
