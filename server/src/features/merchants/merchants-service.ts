import type {
  MerchantDetail,
  MerchantPage,
  MerchantSearchQuery,
  UpdateMerchantBody,
} from '@api/merchants';
import type { DbHandle } from '../../db';
import { recordAudit } from '../../db/audit';
import { shanghaiDate } from '../../time';
import { badRequest } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { merchantWarnings } from '../advisories/reading-service';
import { latestBusinessFigures } from '../disclosure/business-figures-repository';
import { listMerchantTitles } from '../model-units/model-units-repository';
import { listMerchantPledges } from '../pledges/pledges-repository';
import { getRegion } from '../region/region-service';
import { cachedDetail, forgetMerchant, rememberDetail } from './detail-cache';
import { checkedCreditCode, merchantNotFound, validationFailed } from './errors';
import { regionChoiceProblems } from './region-rules';
import {
  findMerchantByCode,
  findMerchantById,
  isActiveMember,
  updateMerchantRow,
  type MerchantRow,
} from './merchants-repository';
import { searchMerchants } from './search-service';
import { normaliseQuery, parseNear } from './search-query';
import { toMerchantDetail } from './view';

/** Public search; the Asia/Shanghai date of `now` decides which badges are valid. */
export async function search(
  handle: DbHandle,
  query: MerchantSearchQuery,
  now: Date,
): Promise<MerchantPage> {
  let near;
  if (query.near !== undefined) {
    near = parseNear(query.near);
    if (!near) {
      throw badRequest('VALIDATION_FAILED', '位置不正确', {
        near: '纬度须在 ±90、经度须在 ±180 之间',
      });
    }
  }
  return searchMerchants(
    handle,
    {
      ...normaliseQuery(query.q),
      // An empty select in a form sends industry=: that means "any", not "none".
      industry: query.industry || undefined,
      town: query.town || undefined,
      badge: query.badge,
      near,
      sort: query.sort,
      limit: query.limit ?? 20,
      today: shanghaiDate(now),
    },
    query.cursor,
  );
}

/**
 * The merchant page of a row: its titles, pledges, the 警示 naming it and its latest 投诉公示
 * figures, read and kept briefly (detail-cache.ts).
 */
async function detailOf(handle: DbHandle, row: MerchantRow, now: Date): Promise<MerchantDetail> {
  const [units, pledges, warnings, disclosure] = await Promise.all([
    listMerchantTitles(handle.db, row.id),
    listMerchantPledges(handle.db, row.id, false),
    merchantWarnings(handle.db, row.id, now),
    latestBusinessFigures(handle.db, row.id),
  ]);
  const parts = { row, units, pledges, warnings, disclosure };
  rememberDetail(handle.db, parts, now);
  return toMerchantDetail(parts, shanghaiDate(now));
}

export async function getMerchantDetail(
  handle: DbHandle,
  id: string,
  now: Date,
): Promise<MerchantDetail> {
  const cached = cachedDetail(handle.db, id, now);
  if (cached) return toMerchantDetail(cached, shanghaiDate(now));
  const row = await findMerchantById(handle.db, id);
  if (!row) throw merchantNotFound();
  return detailOf(handle, row, now);
}

export async function getMerchantByCode(
  handle: DbHandle,
  input: string,
  now: Date,
): Promise<MerchantDetail> {
  const row = await findMerchantByCode(handle.db, checkedCreditCode(input));
  if (!row) throw merchantNotFound();
  return detailOf(handle, row, now);
}

/**
 * An owner's or member's edit of the public facts (staff may edit any merchant). Anyone else
 * gets the same 404 as for a merchant that does not exist: ids are not confirmed to outsiders.
 */
export async function updateMerchant(
  handle: DbHandle,
  caller: TokenPayload,
  id: string,
  body: UpdateMerchantBody,
  now: Date,
): Promise<MerchantDetail> {
  const { db } = handle;
  const staff = caller.role === 'staff' || caller.role === 'admin';
  const row = await findMerchantById(db, id);
  if (!row || (!staff && !(await isActiveMember(db, id, caller.sub)))) throw merchantNotFound();

  const problems = regionChoiceProblems(await getRegion(db), body);
  if (Object.keys(problems).length > 0) throw validationFailed(problems);

  const patch = {
    ...(body.name !== undefined && { name: body.name }),
    ...(body.industry !== undefined && { industry: body.industry }),
    ...(body.town !== undefined && { town: body.town }),
    ...(body.address !== undefined && { address: body.address }),
    ...(body.location !== undefined && { lat: body.location.lat, lng: body.location.lng }),
    ...(body.hours !== undefined && { hours: body.hours === '' ? null : body.hours }),
    ...(body.publicPhone !== undefined && { public_phone: body.publicPhone }),
  };
  const changed = Object.entries(patch)
    .filter(([k, v]) => row[k as keyof MerchantRow] !== v)
    .map(([k]) => k);
  if (changed.length === 0) return detailOf(handle, row, now);

  await db.transaction().execute(async (trx) => {
    await updateMerchantRow(trx, id, { ...patch, updated_at: now.toISOString() });
    await recordAudit(trx, {
      actorId: caller.sub,
      action: 'merchant.update',
      targetType: 'merchant',
      targetId: id,
      detail: { fields: changed },
      at: now,
    });
  });
  forgetMerchant(id);
  return getMerchantDetail(handle, id, now);
}
