import type { Kysely } from 'kysely';
import type { CreateReportBody } from '@api/reports';
import { campaignPhase } from '@/domain/campaign-vocabulary';
import { REPORT_LIMITS } from '@/domain/report-vocabulary';
import { textLength } from '@/domain/text-length';
import type { Database } from '../../db/schema';
import { badRequest, forbidden, unauthorized } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { addDays, shanghaiDate } from '../../time';
import { findCampaign } from '../campaigns/campaigns-repository';
import { findMerchantById } from '../merchants/merchants-repository';

/** The 举报 form's checks beyond its schema, each problem in the form's words next to its field. */

/** 'HH:mm' in Asia/Shanghai (UTC+8 all year). */
const shanghaiTime = (now: Date) =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(11, 16);

const FIELD_LABELS: Record<string, string> = {
  'business.merchantId': '被举报经营者',
  'business.name': '经营者名称',
  'business.address': '经营者地址',
  campaignId: '专项整治',
  description: '举报内容',
  seenOn: '发现日期',
  seenTime: '发现时间',
  'reporter.name': '姓名',
  place: '发现地点',
  town: '镇/街道',
  photos: '照片',
};

export function validationFailed(fields: Record<string, string>) {
  const [field, message] = Object.entries(fields)[0];
  return badRequest('VALIDATION_FAILED', `${FIELD_LABELS[field] ?? field}：${message}`, fields);
}

/** 第三十三条: a real-name reporter must be signed in to hear back (staff: refused by the route). */
export function checkCaller(caller: TokenPayload | undefined, body: CreateReportBody): void {
  if (caller && (caller.role === 'staff' || caller.role === 'admin')) throw forbidden();
  if (body.reporter.kind === 'real-name' && !caller) {
    throw unauthorized('UNAUTHORIZED', '实名举报请先登录');
  }
}

export interface Business {
  merchantId: string | null;
  name: string;
  address: string;
  industry: string | null;
  town: string | null;
}

/** Who is reported: a registered merchant's registry facts win over what was typed. */
export async function findBusiness(
  db: Kysely<Database>,
  body: CreateReportBody,
  towns: readonly string[],
  fields: Record<string, string>,
): Promise<Business> {
  const typed: Business = {
    merchantId: null,
    name: body.business.name.trim(),
    address: body.business.address.trim(),
    industry: null,
    town: body.town ?? null,
  };
  if (body.business.merchantId !== undefined) {
    const merchant = await findMerchantById(db, body.business.merchantId);
    if (!merchant) {
      fields['business.merchantId'] = '未查到该经营者，请重新选择或直接填写名称和地址';
      return typed;
    }
    const { id, name, address, industry, town } = merchant;
    return { merchantId: id, name, address, industry, town };
  }
  if (textLength(typed.name) < REPORT_LIMITS.businessName.min) {
    fields['business.name'] = `请填写经营者名称（至少${REPORT_LIMITS.businessName.min}个字）`;
  }
  if (textLength(typed.address) < REPORT_LIMITS.businessAddress.min) {
    fields['business.address'] = '请填写经营者地址';
  }
  if (typed.town !== null && !towns.includes(typed.town)) {
    fields.town = '请从列表中选择本县的镇或街道';
  }
  return typed;
}

/** A published campaign active on the day the report is received. */
export async function checkCampaign(
  db: Kysely<Database>,
  campaignId: string | undefined,
  today: string,
  fields: Record<string, string>,
): Promise<void> {
  if (campaignId === undefined) return;
  const campaign = await findCampaign(db, campaignId);
  if (
    !campaign ||
    campaign.status !== 'published' ||
    campaignPhase(campaign.period_from, campaign.period_to, today) !== 'active'
  ) {
    fields.campaignId = '该专项整治不在进行中';
  }
}

export function checkFormText(body: CreateReportBody, now: Date, fields: Record<string, string>) {
  const today = shanghaiDate(now);
  if (
    body.reporter.kind === 'real-name' &&
    textLength(body.reporter.name.trim()) < REPORT_LIMITS.name.min
  ) {
    fields['reporter.name'] = '请填写真实姓名';
  }
  if (textLength(body.description.trim()) < REPORT_LIMITS.description.min) {
    fields.description = `请至少写${REPORT_LIMITS.description.min}个字，说明看到了什么`;
  }
  if (textLength(body.place.trim()) < REPORT_LIMITS.place.min) {
    fields.place = '请填写发现的地点';
  }
  if (body.seenOn > today) fields.seenOn = '发现日期不能晚于今天';
  else if (body.seenOn < addDays(today, -730)) fields.seenOn = '只能举报两年内发现的问题';
  else if (
    body.seenOn === today &&
    body.seenTime !== undefined &&
    body.seenTime > shanghaiTime(now)
  ) {
    fields.seenTime = '发现时间不能晚于现在';
  }
}
