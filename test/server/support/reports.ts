import { randomBytes } from 'node:crypto';
import type { CreateReportBody, ReportCreated } from '@api/reports';
import type { Upload } from '@api/uploads';
import { addDays, shanghaiDate } from '../../../server/src/time';
import { bearer, type TestApp } from './app';
import { makePng, multipart } from './merchants';

/**
 * 举报 helpers shared by the reports tests. Each request comes from its own made-up IP (the
 * per-IP hourly limits are low), unless `ip` is given; a signed-in caller may still file only
 * REPORT_RATE_DEFAULTS.reportsPerUserPerDay (5) reports a day.
 */

/** A different IP for every call: 10.x.y.z. */
export const freshIp = () => `10.${[...randomBytes(3)].join('.')}`;

let serial = 0;

/**
 * A valid anonymous report (a new text each time, so never a duplicate), seen yesterday by the
 * real clock: a test whose app clock is set earlier passes its own seenOn.
 */
export function reportBody(overrides: Partial<CreateReportBody> = {}): CreateReportBody {
  serial += 1;
  return {
    reporter: { kind: 'anonymous' },
    business: { name: '青山县某某农资店', address: '城关镇人民路18号' },
    description: `店内销售的复合肥包装上没有登记证号，怀疑是假冒产品（第${serial}次看到）。`,
    seenOn: addDays(shanghaiDate(new Date()), -1),
    place: '城关镇人民路18号店内',
    town: '城关镇',
    photos: [],
    wantsReply: false,
    ...overrides,
  };
}

/** POST /reports as it is (any status), from a fresh IP unless one is given. */
export const postReport = (t: TestApp, body: unknown, token?: string, ip: string = freshIp()) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    remoteAddress: ip,
    headers: token ? bearer(token) : {},
    payload: body as object,
  });

/**
 * A report that must be filed: anonymous by default; real-name when overrides.reporter says so
 * (then pass the reporter's token). Answers the number and the one-time code.
 */
export async function fileReport(
  t: TestApp,
  overrides: Partial<CreateReportBody> = {},
  token?: string,
): Promise<ReportCreated> {
  const res = await postReport(t, reportBody(overrides), token);
  if (res.statusCode !== 201) throw new Error(`report failed: ${res.statusCode} ${res.body}`);
  return res.json<ReportCreated>();
}

/** A real-name reporter's part of the body. */
export const realName = (name = '李四', phone = '13912345678') =>
  ({ kind: 'real-name', name, phone }) as const;

let salt = 100;

/** POST /reports/photos as it is (signed in when a token is given). */
export function postReportPhoto(
  t: TestApp,
  token?: string,
  ip: string = freshIp(),
  bytes: Buffer = makePng([], salt++),
) {
  const { payload, headers } = multipart(bytes);
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/reports/photos',
    remoteAddress: ip,
    payload,
    headers: { ...headers, ...(token ? bearer(token) : {}) },
  });
}

/** A report photo that must be stored; its upload id. */
export async function uploadReportPhoto(t: TestApp, token?: string): Promise<string> {
  const res = await postReportPhoto(t, token);
  if (res.statusCode !== 201) throw new Error(`photo failed: ${res.statusCode} ${res.body}`);
  return res.json<Upload>().id;
}

/** POST /reports/progress as it is. */
export const checkProgress = (t: TestApp, reportNo: string, code: string, ip: string = freshIp()) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/reports/progress',
    remoteAddress: ip,
    payload: { reportNo, code },
  });
