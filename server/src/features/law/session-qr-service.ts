import type { AppDeps } from '../../deps';
import { cachedQrCode } from '../../wechat/qr-cache';
import { renderQrPng } from '../../wechat/local-double';
import { sessionNotFound } from './session-reading-service';
import { findSession } from './session-repository';
import { CHECKIN_PAGE } from './session-view';

/** The printed check-in QR of a session, made as the pledge poster's is. */

/** The H5 address the QR opens when no AppID is configured. */
export const checkinUrl = (deps: Pick<AppDeps, 'config'>, code: string) =>
  `${deps.config.publicBaseUrl}/${CHECKIN_PAGE}?c=${encodeURIComponent(code)}`;

/** WeChat's own code (scene c=<code>) when configured, a URL code of the H5 page otherwise. */
export async function sessionQrCode(
  deps: Pick<AppDeps, 'db' | 'config' | 'wechat'>,
  id: string,
): Promise<Buffer> {
  const row = await findSession(deps.db.db, id);
  if (!row) throw sessionNotFound();
  const scene = `c=${row.checkin_code}`;
  if (deps.wechat.kind === 'wechat') {
    return cachedQrCode(`wxacode:${CHECKIN_PAGE}:${scene}`, () =>
      deps.wechat.getUnlimitedQrCode({ scene, page: CHECKIN_PAGE }),
    );
  }
  const url = checkinUrl(deps, row.checkin_code);
  return cachedQrCode(url, () => renderQrPng(url));
}
