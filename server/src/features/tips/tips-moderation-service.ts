import type { Kysely } from 'kysely';
import type {
  StaffTip,
  StaffTipPage,
  TipModerationBody,
  TipPromoted,
  TipPromotionBody,
  TipQueueQuery,
} from '@api/tips';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { conflict } from '../../plugins/app-error';
import type { IdempotencyClaim } from '../../plugins/idempotency';
import type { TokenPayload } from '../../plugins/auth';
import { accountNames } from '../auth/auth-repository';
import { createAdvisory } from '../advisories/editing-service';
import { deliver } from '../messages/messages-service';
import { getRegion } from '../region/region-service';
import { atOneMoment, createdPage, publishedTip, tipNotFound, type Deps } from './tips-common';
import {
  findTip,
  listPending,
  markPromoted,
  moveTip,
  openReportCounts,
  type TipRow,
} from './tips-repository';
import { tipLink, toStaffView } from './tip-view';

/** 消费小贴士 for staff: the queue, approve/reject, promotion to an official 提示. */

/** Tips as staff see them: author's nickname and open report counts (also used by reports). */
export async function toStaff(db: Kysely<Database>, rows: TipRow[]): Promise<StaffTip[]> {
  const names = await accountNames(
    db,
    rows.map((r) => r.author_id),
  );
  const reports = await openReportCounts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    toStaffView(row, names.get(row.author_id)?.nickname, reports.get(row.id) ?? 0),
  );
}

export async function tipQueue(deps: Deps, query: TipQueueQuery): Promise<StaffTipPage> {
  const db = deps.db.db;
  return createdPage(
    query,
    (window) => listPending(db, window),
    (rows) => toStaff(db, rows),
  );
}

/** Approve (published) or reject with a reason; the author hears of it in 消息. */
export async function moderateTip(
  deps: Deps,
  actorId: string,
  id: string,
  body: TipModerationBody,
): Promise<StaffTip> {
  await atOneMoment(deps, async (trx, now, at) => {
    const approve = body.decision === 'approve';
    const moved = await moveTip(trx, id, 'pending', {
      status: approve ? 'published' : 'rejected',
      reject_reason: approve ? null : body.reason,
      moderated_by: actorId,
      moderated_at: at,
      updated_at: at,
      ...(approve ? { published_at: at } : {}),
    });
    const row = await findTip(trx, id);
    if (!row) throw tipNotFound();
    if (!moved) throw conflict('TIP_NOT_PENDING', '这条小贴士已经处理过了');
    await recordAudit(trx, {
      actorId,
      action: approve ? 'tip.approve' : 'tip.reject',
      targetType: 'tip',
      targetId: id,
      ...(approve ? {} : { detail: { reason: body.reason } }),
      at: now,
    });
    await deliver(trx, at, [
      {
        userId: row.author_id,
        kind: 'tip-moderation',
        title: approve ? '你的小贴士已发布' : '你的小贴士未通过审核',
        body: approve
          ? `「${row.title}」已通过审核并公开发布，感谢分享！`
          : `「${row.title}」未通过审核：${body.reason}。可修改后重新投稿。`,
        link: approve ? tipLink(id) : '/features/tips/pages/mine/index',
      },
    ]);
  });
  const db = deps.db.db;
  const [tip] = await toStaff(db, [(await findTip(db, id)) as TipRow]);
  return tip;
}

const CREDIT = '（据消费者投稿）';
const alreadyPromoted = () => conflict('TIP_ALREADY_PROMOTED', '这条小贴士已经转为官方提示草稿了');

/**
 * A good published tip becomes an official 提示 draft (credited 据消费者投稿) through the
 * advisories feature, which checks it like any draft; the tip keeps the draft's id. Once only.
 */
export async function promoteTip(
  deps: Deps,
  caller: TokenPayload,
  id: string,
  body: TipPromotionBody,
  claim?: IdempotencyClaim,
): Promise<TipPromoted> {
  const db = deps.db.db;
  const tip = await publishedTip(db, id);
  if (tip.promoted_advisory_id) throw alreadyPromoted();
  const region = await getRegion(db);
  // The draft and the tip's record of it commit together: a failure leaves neither.
  const created = await createAdvisory(
    deps,
    caller,
    {
      kind: '提示',
      title: tip.title,
      body: `${tip.body}\n\n${CREDIT}`,
      images: [],
      category: tip.category,
      issuer: body.issuer ?? region.council,
      legalBasis: [],
    },
    claim,
    async (trx, advisoryId, now) => {
      if (!(await markPromoted(trx, id, advisoryId, now.toISOString()))) throw alreadyPromoted();
      await recordAudit(trx, {
        actorId: caller.sub,
        action: 'tip.promote',
        targetType: 'tip',
        targetId: id,
        detail: { advisoryId },
        at: now,
      });
    },
  );
  return { tipId: id, advisoryId: created.id };
}
