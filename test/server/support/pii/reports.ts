import type { ReportCreated } from '@api/reports';
import { reportBody } from '../reports';
import { REPORTER } from './needles';

type Send = (
  what: string,
  by: 'complainant' | 'staff',
  url: string,
  payload: object,
) => Promise<Record<string, unknown>>;

/**
 * The complainant's real-name 举报 about merchant A, which staff open a case on (the reporter is
 * told in 消息): the ids anyone could try, for the scan to read with.
 */
export async function plantReport(
  send: Send,
  shop: { merchantId: string; name: string },
): Promise<{ reportId: string; knownIds: string[] }> {
  const created = (await send(
    'file real-name report',
    'complainant',
    '/api/v1/reports',
    reportBody({
      reporter: { kind: 'real-name', ...REPORTER },
      business: { merchantId: shop.merchantId, name: shop.name, address: '城关镇' },
      wantsReply: true,
    }),
  )) as unknown as ReportCreated;
  await send('open report case', 'staff', `/api/v1/reports/${created.id}/decisions`, {
    action: 'open-case',
  });
  return { reportId: created.id, knownIds: [created.id, created.reportNo] };
}
