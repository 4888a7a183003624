import type { FastifyBaseLogger } from 'fastify';
import type { ComplaintStatus } from '@api/complaints';
import type { AppDeps } from '../../deps';

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
 * After the transition has committed: tell a subscribed complainant through a WeChat subscribe
 * message (template WECHAT_TEMPLATE_COMPLAINT_STATUS with the keywords character_string1 投诉编号,
 * phrase2 处理状态, thing3 处理说明, time4 更新时间). Skipped quietly without a template or an
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
