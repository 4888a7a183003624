import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import { findUserById } from '../auth/auth-repository';
import { deliver } from '../messages/messages-service';

/** The mini-program page the reporter opens (the reports subpackage's detail page). */
export const REPORT_PAGE = 'features/reports/pages/detail/index';

/** What a real-name reporter is told (第三十一条第二款: whether a case is opened; 第三十二条). */
export type ReporterNews =
  | { kind: 'open-case' }
  | { kind: 'decline'; reason: string }
  | { kind: 'transfer'; authority: string }
  | { kind: 'conclude'; outcome: string };

/** Status words for the template's phrase field (WeChat: at most 5 characters). */
const PHRASES: Record<ReporterNews['kind'], string> = {
  'open-case': '已立案',
  decline: '不予立案',
  transfer: '已移送',
  conclude: '已办结',
};

/** The message's sentence, no staff notes (they stay internal). */
function sentence(news: ReporterNews): string {
  switch (news.kind) {
    case 'open-case':
      return '已立案，我们将依法调查处理。';
    case 'decline':
      return `经核查不予立案。理由：${news.reason}。`;
    case 'transfer':
      return `不属于本局管辖，已移送${news.authority}处理，您也可以直接向其反映。`;
    case 'conclude':
      return `已办结。处理结果：${news.outcome.trim().replace(/。?$/, '。')}`;
  }
}

export interface ReporterToTell {
  id: string;
  reportNo: string;
  userId: string;
}

/** In the decision's transaction: the reporter's message centre (kind 'report'). */
export async function deliverReporterNews(
  trx: Kysely<Database>,
  report: ReporterToTell,
  news: ReporterNews,
  at: Date,
): Promise<void> {
  await deliver(trx, at.toISOString(), [
    {
      userId: report.userId,
      kind: 'report',
      title: '举报处理结果',
      body: `您的举报（${report.reportNo}）${sentence(news)}`,
      link: `/${REPORT_PAGE}?id=${report.id}`,
    },
  ]);
}

/** WeChat caps thing.DATA at 20 characters. */
const thing = (text: string) => {
  const chars = Array.from(text);
  return chars.length <= 20 ? text : `${chars.slice(0, 19).join('')}…`;
};

/** 'YYYY-MM-DD HH:mm' in Asia/Shanghai (UTC+8, no daylight saving). */
const shanghaiTime = (at: Date) =>
  new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * After the decision has committed: a subscribe message to a subscribed reporter (template
 * WECHAT_TEMPLATE_REPORT_STATUS; keywords character_string1 举报编号, phrase2 处理状态, thing3
 * 处理说明, time4 更新时间, like complaints'). Skipped without a template or an openid; a failure
 * is logged and never fails the request.
 */
export async function notifyReporter(
  deps: AppDeps,
  log: FastifyBaseLogger,
  report: ReporterToTell,
  news: ReporterNews,
  at: Date,
): Promise<void> {
  const templateId = deps.config.wechatTemplateReportStatus;
  if (!templateId) return;
  try {
    const openid = (await findUserById(deps.db.db, report.userId))?.openid;
    if (!openid) return;
    await deps.wechat.sendSubscribeMessage({
      touser: openid,
      templateId,
      page: `${REPORT_PAGE}?id=${report.id}`,
      data: {
        character_string1: report.reportNo,
        phrase2: PHRASES[news.kind],
        thing3: thing(sentence(news)),
        time4: shanghaiTime(at),
      },
    });
  } catch (err) {
    log.warn({ err, reportId: report.id }, 'reports: subscribe message not sent');
  }
}
