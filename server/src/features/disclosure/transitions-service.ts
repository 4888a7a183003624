import type { Kysely } from 'kysely';
import type { BatchTransitionBody, StaffBatch } from '@api/disclosure';
import { addWorkingDays } from '@/domain/working-days';
import { recordAudit } from '../../db/audit';
import type { Database, DisclosureBatchesTable } from '../../db/schema';
import { forbidden } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { shanghaiDate } from '../../time';
import { loadCalendar } from '../complaints/deadline-calendar';
import { forgetMerchant } from '../merchants/detail-cache';
import { listActiveMemberIds } from '../merchants/memberships-repository';
import { deliver, type Delivery } from '../messages/messages-service';
import { monthDay } from './batch-view';
import {
  changedMeanwhile,
  invalid,
  loadBatch,
  settingsOf,
  stateConflict,
  type BatchSettings,
  type DisclosureDeps,
} from './batches-service';
import { liveViewWithGroups, staffBatch } from './staff-reading-service';
import { findBatch, updateBatch } from './disclosure-repository';
import { includedMerchantIds } from './rows-repository';
import { refreshFigures } from './figures-service';
import type { BusinessGroup } from './public-view';
import { insertNotices, noticeCounts, pendingCounts } from './responses-repository';
import type { Updateable } from 'kysely';

/** The merchant's page of its disclosures (mini-program path). */
export const MINE_PAGE = '/features/disclosure/pages/mine/index';

type Change = Updateable<DisclosureBatchesTable>;

/** Every verified member of each business, told in the message centre. */
async function noticeMessages(
  db: Kysely<Database>,
  merchantIds: readonly string[],
  title: string,
  deadline: string,
): Promise<Delivery[]> {
  const out: Delivery[] = [];
  for (const merchantId of merchantIds) {
    for (const userId of await listActiveMemberIds(db, merchantId)) {
      out.push({
        userId,
        kind: 'disclosure',
        title: `「${title}」拟公示贵单位的投诉信息`,
        body: `如有异议或需要说明，请于${monthDay(deadline)}前（含）在“投诉公示”中提出。`,
        link: MINE_PAGE,
      });
    }
  }
  return out;
}

/**
 * notify (draft → notice), submit (notice → submitted), return (→ notice, with a reason),
 * publish (by a third staff member: freezes the snapshot), withdraw (published → withdrawn,
 * with a public reason). Every step is audited.
 */
export async function transitionBatch(
  deps: DisclosureDeps,
  caller: TokenPayload,
  id: string,
  body: BatchTransitionBody,
): Promise<StaffBatch> {
  const db = deps.db.db;
  const batch = await loadBatch(db, id);
  const now = deps.now();
  const at = now.toISOString();
  const today = shanghaiDate(now);
  const reason = body.reason?.trim() ?? '';
  const settings = settingsOf(batch);
  const wrongState = (needed: string) => stateConflict(`该批次当前不能${needed}，请刷新`);
  let change: Change = {};
  let notify: { merchantIds: string[]; deadline: string } | undefined;
  let snapshot: { settings: BatchSettings; json: string } | undefined;
  let supersedes: string | undefined;
  let groups: BusinessGroup[] | undefined;

  switch (body.action) {
    case 'notify': {
      if (batch.status !== 'draft') throw wrongState('告知经营者');
      const deadline = addWorkingDays(today, settings.objectionWorkingDays, await loadCalendar(db));
      notify = { merchantIds: await includedMerchantIds(db, id), deadline };
      change = { status: 'notice', notified_at: at, objection_deadline: deadline };
      break;
    }
    case 'submit': {
      if (batch.status !== 'notice') throw wrongState('提交审批');
      const pending = (await pendingCounts(db, [id])).get(id) ?? 0;
      if (pending > 0) throw stateConflict(`尚有${pending}条异议或说明未处理`);
      const { notified, answered } = await noticeCounts(db, id);
      const deadline = batch.objection_deadline ?? today;
      if (today <= deadline && answered < notified) {
        throw stateConflict(
          `异议期至${monthDay(deadline)}，尚有${notified - answered}家经营者未答复`,
        );
      }
      change = { status: 'submitted', submitted_by: caller.sub, submitted_at: at };
      break;
    }
    case 'return': {
      if (batch.status !== 'submitted') throw wrongState('退回');
      if (reason.length < 2) throw invalid({ reason: '请填写退回原因' });
      change = {
        status: 'notice',
        returned_reason: reason,
        submitted_by: null,
        submitted_at: null,
      };
      break;
    }
    case 'publish': {
      if (batch.status !== 'submitted') throw wrongState('发布');
      if (caller.sub === batch.created_by || caller.sub === batch.submitted_by) {
        throw forbidden('DISCLOSURE_SAME_STAFF', '发布须由创建、提交以外的另一名工作人员审批');
      }
      const live = await liveViewWithGroups(db, batch);
      const view = live.view;
      groups = live.groups;
      snapshot = { settings: { ...settings, totals: view.totals }, json: JSON.stringify(view) };
      change = {
        status: 'published',
        published_by: caller.sub,
        published_at: at,
        snapshot: snapshot.json,
        settings: JSON.stringify(snapshot.settings),
      };
      if (batch.previous_version_id) {
        const previous = await findBatch(db, batch.previous_version_id);
        if (previous?.status === 'published') supersedes = previous.id;
      }
      break;
    }
    case 'withdraw': {
      if (batch.status !== 'published') throw wrongState('撤回');
      if (reason.length < 2) throw invalid({ reason: '请填写撤回原因（将向公众公开）' });
      change = {
        status: 'withdrawn',
        withdrawn_by: caller.sub,
        withdrawn_at: at,
        withdrawn_reason: reason,
      };
      break;
    }
  }

  const touched = await db.transaction().execute(async (trx) => {
    const ok = await updateBatch(
      trx,
      id,
      { status: batch.status, updatedAt: batch.updated_at },
      { ...change, updated_at: at },
    );
    if (!ok) throw changedMeanwhile();
    if (notify) {
      await insertNotices(
        trx,
        notify.merchantIds.map((merchantId) => ({
          batch_id: id,
          merchant_id: merchantId,
          notified_at: at,
          answered_at: null,
        })),
      );
      await deliver(
        trx,
        at,
        await noticeMessages(trx, notify.merchantIds, batch.title, notify.deadline),
      );
    }
    if (supersedes) {
      const previous = (await findBatch(trx, supersedes))!;
      const ok = await updateBatch(
        trx,
        supersedes,
        { status: 'published', updatedAt: previous.updated_at },
        { status: 'superseded', superseded_by: id, updated_at: at },
      );
      if (!ok) throw changedMeanwhile();
    }
    let merchants: string[] = [];
    if (body.action === 'publish' || body.action === 'withdraw') {
      merchants = await refreshFigures(trx, id, supersedes, groups);
    }
    await recordAudit(trx, {
      actorId: caller.sub,
      action: `disclosure.${body.action}`,
      targetType: 'disclosure-batch',
      targetId: id,
      detail: {
        from: batch.status,
        ...(reason && { reason }),
        ...(notify && {
          summary: `告知${notify.merchantIds.length}家经营者，异议期至${monthDay(notify.deadline)}`,
        }),
      },
      at: now,
    });
    return merchants;
  });
  // The merchant page shows the latest published figures: drop its cached copy.
  for (const merchantId of touched) forgetMerchant(merchantId);
  return staffBatch(deps, caller, id);
}
