import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { ComplaintStatus } from '@api/complaints';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import { listActiveMemberIds } from '../merchants/memberships-repository';
import { deliver } from '../messages/messages-service';
import { openTerminationNotices } from '../messages/notices-service';
import { findComplaint, NO_DEADLINE } from './complaints-repository';
import { supervisionDelivery } from './supervision-service';

/** The mini-program page a subscribe message opens (the complaints subpackage's detail page). */
export const COMPLAINT_PAGE = 'features/complaints/pages/detail/index';

/** Status words for the template's phrase field (WeChat: at most 5 characters). */
export const STATUS_PHRASES: Record<ComplaintStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  rejected: '不予受理',
  mediating: '调解中',
  settled: '调解成功',
  terminated: '终止调解',
  closed: '已办结',
  withdrawn: '已撤回',
};

/** What happened, for message titles (pause and resume keep the status, so the action says it). */
const ACTION_PHRASES: Record<string, string> = {
  accept: '已受理',
  reject: '不予受理',
  mediate: '已进入调解',
  'pause-for-testing': '调解暂停（检测鉴定）',
  resume: '已恢复调解',
  settle: '调解成功',
  terminate: '已终止调解',
  close: '已办结',
  withdraw: '已撤回',
};

/** 第二十一条: the notice that mediation was terminated, said in the app's own words. */
const ARTICLE_21 =
  '依据《市场监督管理投诉举报处理暂行办法》第二十一条，特此告知：本投诉的调解已终止。';

export interface StatusDelivery {
  complaintId: string;
  /** The transition's action (accept, settle, …). */
  action: string;
  /** The status before the change (a withdrawal during mediation ends it: 第二十一条(一)). */
  from?: ComplaintStatus;
  /** The timeline text of the change (the complainant's copy only: it may carry staff notes). */
  message: string;
  at: Date;
}

/**
 * In the transition's transaction, after the complaint row is updated: the change lands in the
 * message centre of the complainant and of every active member of the merchant complained
 * about (when it is registered). The merchant's copy says only the tracking number, the status
 * and the deadline: nothing about the complainant. A termination also opens the 第二十一条 record,
 * with each side that received its message counted as told at that instant.
 */
export async function deliverStatusChange(
  trx: Kysely<Database>,
  change: StatusDelivery,
): Promise<void> {
  const row = await findComplaint(trx, change.complaintId);
  if (!row) return;
  const what = ACTION_PHRASES[change.action] ?? STATUS_PHRASES[row.status];
  const link = `/${COMPLAINT_PAGE}?id=${row.id}`;
  // 第二十一条(一): the complainant's withdrawal once accepted ends mediation like a termination.
  const terminated =
    (change.action === 'terminate' && row.status === 'terminated') ||
    (change.action === 'withdraw' &&
      row.status === 'withdrawn' &&
      (change.from === 'accepted' || change.from === 'mediating'));
  const due = row.due_on !== NO_DEADLINE ? `当前办理期限：${row.due_on}（含）前。` : '';
  const legal = terminated ? ARTICLE_21 : '';

  const mine =
    change.action === 'withdraw' ? '您已撤回该投诉。' : `${change.message.replace(/。?$/, '。')}`;
  const members = row.merchant_id ? await listActiveMemberIds(trx, row.merchant_id) : [];
  const merchantBody =
    `投诉编号 ${row.tracking_no}，当前状态：${STATUS_PHRASES[row.status]}` +
    `${row.paused_since ? '（检测鉴定期间暂停）' : ''}。${due}${legal}` +
    '详情请在“我的—收到的投诉”中查看。';

  await deliver(trx, change.at.toISOString(), [
    {
      userId: row.complainant_user_id,
      kind: 'complaint-status',
      title: `您的投诉${what}`,
      body: `投诉编号 ${row.tracking_no}。${mine}${legal}`,
      link,
    },
    ...members.map((userId) => ({
      userId,
      kind: 'complaint-status' as const,
      title: `涉及本店的投诉${what}`,
      body: merchantBody,
      link,
    })),
    // 督办: the supervisor hears of every change of a complaint they track.
    ...(await supervisionDelivery(trx, {
      complaintId: row.id,
      trackingNo: row.tracking_no,
      merchantName: row.merchant_name,
      what,
      status: STATUS_PHRASES[row.status],
      due,
      link,
    })),
  ]);

  if (terminated) {
    const merchantTold = members.some((m) => m !== row.complainant_user_id);
    await openTerminationNotices(trx, row.id, change.at, {
      complainant: true,
      merchant: merchantTold,
    });
  }
}

/** WeChat caps thing.DATA at 20 characters. */
const thing = (text: string) => {
  const chars = Array.from(text);
  return chars.length <= 20 ? text : `${chars.slice(0, 19).join('')}…`;
};

/** 'YYYY-MM-DD HH:mm' in Asia/Shanghai (UTC+8, no daylight saving). */
const shanghaiTime = (at: Date) =>
  new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

export interface StatusChange {
  userId: string;
  openid: string | null;
  complaintId: string;
  trackingNo: string;
  status: ComplaintStatus;
  message: string;
  at: Date;
}

/**
 * The extra channel, after the transition has committed (the message centre already has it):
 * a WeChat subscribe message to a subscribed complainant (template
 * WECHAT_TEMPLATE_COMPLAINT_STATUS with the keywords character_string1 投诉编号, phrase2 处理状态,
 * thing3 处理说明, time4 更新时间). One message per consent: skipped quietly without a template or an
 * openid; a failure is logged and never fails the request: the change itself is already saved.
 */
export async function notifyStatusChange(
  deps: AppDeps,
  log: FastifyBaseLogger,
  change: StatusChange,
): Promise<void> {
  const templateId = deps.config.wechatTemplateComplaintStatus;
  if (!templateId || !change.openid) return;
  try {
    await deps.wechat.sendSubscribeMessage({
      touser: change.openid,
      templateId,
      page: `${COMPLAINT_PAGE}?id=${change.complaintId}`,
      data: {
        character_string1: change.trackingNo,
        phrase2: STATUS_PHRASES[change.status],
        thing3: thing(change.message),
        time4: shanghaiTime(change.at),
      },
    });
  } catch (err) {
    log.warn(
      { err, complaintId: change.complaintId, status: change.status },
      'complaints: subscribe message not sent',
    );
  }
}
