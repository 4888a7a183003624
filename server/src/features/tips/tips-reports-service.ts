import { ulid } from 'ulid';
import type { Kysely } from 'kysely';
import type {
  TipReport,
  TipReportBody,
  TipReportCreated,
  TipReportPage,
  TipReportQueueQuery,
  TipReportResolutionBody,
} from '@api/tips';
import type { TipReportReason } from '@/domain/tip-vocabulary';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { conflict } from '../../plugins/app-error';
import { claimIdempotencyKey, type IdempotencyClaim } from '../../plugins/idempotency';
import { deliver } from '../messages/messages-service';
import { atOneMoment, createdPage, publishedTip, reportNotFound, type Deps } from './tips-common';
import { toStaff } from './tips-moderation-service';
import {
  closeReportsOfTip,
  findOwnReport,
  findReport,
  findTip,
  findTips,
  insertReport,
  listReports,
  moveTip,
  resolveReportRow,
  type TipReportRow,
} from './tips-repository';

/** 不当内容: readers report published tips; staff hide the tip or dismiss the report. */

/** 不当内容: a report of a published tip, for the staff queue. */
export async function reportTip(
  deps: Deps,
  userId: string,
  id: string,
  body: TipReportBody,
  claim?: IdempotencyClaim,
): Promise<TipReportCreated> {
  const db = deps.db.db;
  await publishedTip(db, id);
  const report = { id: ulid(), createdAt: deps.now().toISOString() };
  await db.transaction().execute(async (trx) => {
    await claimIdempotencyKey(trx, claim, report.id);
    await insertReport(trx, {
      id: report.id,
      tip_id: id,
      user_id: userId,
      reason: body.reason,
      note: body.note?.trim() || null,
      status: 'open',
      created_at: report.createdAt,
      resolved_at: null,
      resolved_by: null,
    });
  });
  return report;
}

export async function reportedTip(
  deps: Deps,
  userId: string,
  id: string,
): Promise<TipReportCreated> {
  const row = await findOwnReport(deps.db.db, userId, id);
  if (!row) throw reportNotFound();
  return { id: row.id, createdAt: row.created_at };
}

async function toReports(db: Kysely<Database>, rows: TipReportRow[]): Promise<TipReport[]> {
  const tips = await toStaff(db, await findTips(db, [...new Set(rows.map((r) => r.tip_id))]));
  const byId = new Map(tips.map((t) => [t.id, t]));
  return rows.flatMap((r) => {
    const tip = byId.get(r.tip_id);
    if (!tip) return [];
    return [
      {
        id: r.id,
        tip,
        reason: r.reason as TipReportReason,
        ...(r.note ? { note: r.note } : {}),
        status: r.status,
        createdAt: r.created_at,
        ...(r.resolved_at ? { resolvedAt: r.resolved_at } : {}),
      },
    ];
  });
}

export async function tipReportQueue(
  deps: Deps,
  query: TipReportQueueQuery,
): Promise<TipReportPage> {
  const db = deps.db.db;
  return createdPage(
    query,
    (window) => listReports(db, query.status ?? 'open', window),
    (rows) => toReports(db, rows),
  );
}

/** hide: the tip leaves every public route and all its open reports close; dismiss: this one. */
export async function resolveTipReport(
  deps: Deps,
  actorId: string,
  id: string,
  body: TipReportResolutionBody,
): Promise<TipReport> {
  await atOneMoment(deps, async (trx, now, at) => {
    const report = await findReport(trx, id);
    if (!report) throw reportNotFound();
    const patch = { resolved_at: at, resolved_by: actorId };
    if (
      !(await resolveReportRow(trx, id, {
        status: body.action === 'hide' ? 'hidden' : 'dismissed',
        ...patch,
      }))
    ) {
      throw conflict('TIP_REPORT_RESOLVED', '这条举报已经处理过了');
    }
    if (body.action === 'hide') {
      await closeReportsOfTip(trx, report.tip_id, { status: 'hidden', ...patch });
      const hidden = await moveTip(trx, report.tip_id, 'published', {
        status: 'hidden',
        updated_at: at,
        moderated_by: actorId,
        moderated_at: at,
      });
      const tip = await findTip(trx, report.tip_id);
      if (hidden && tip) {
        await deliver(trx, at, [
          {
            userId: tip.author_id,
            kind: 'tip-moderation',
            title: '你的小贴士已被屏蔽',
            body: `「${tip.title}」被举报后经工作人员核实，已不再公开显示。`,
            link: '/features/tips/pages/mine/index',
          },
        ]);
      }
    }
    await recordAudit(trx, {
      actorId,
      action: `tip.report.${body.action}`,
      targetType: 'tip_report',
      targetId: id,
      ...(body.note?.trim() ? { detail: { note: body.note.trim() } } : {}),
      at: now,
    });
  });
  const db = deps.db.db;
  const [report] = await toReports(db, [(await findReport(db, id)) as TipReportRow]);
  return report;
}
