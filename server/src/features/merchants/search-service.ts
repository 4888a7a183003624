import type { MerchantPage, MerchantSummary } from '@api/merchants';
import type { DbHandle } from '../../db';
import { decodeCursor, encodeCursor } from '../../pagination';
import { badRequest } from '../../plugins/app-error';
import { figuresByMerchant } from '../disclosure/business-figures-repository';
import { currentBadges } from './badges';
import type { SearchCriteria } from './search-query';
import { findMerchantKeys, loadSearchRows, type Key, type Mode } from './search-repository';

/** One page of results; the cursor carries the mode, so a page never continues another order. */
export async function searchMerchants(
  handle: DbHandle,
  criteria: SearchCriteria,
  cursor: string | undefined,
): Promise<MerchantPage> {
  const mode: Mode =
    criteria.sort ?? (criteria.near ? 'near' : criteria.text ? 'relevance' : 'plain');
  const after = cursor !== undefined ? readCursor(cursor, mode) : undefined;
  const keys = await findMerchantKeys(handle, criteria, mode, after, criteria.limit + 1);

  const more = keys.length > criteria.limit;
  const page = more ? keys.slice(0, criteria.limit) : keys;
  const ids = page.map((k) => k.id);
  const [rows, figures] = await Promise.all([
    loadSearchRows(handle, ids),
    figuresByMerchant(handle.db, ids),
  ]);
  const last = page[page.length - 1];
  return {
    items: page
      .filter((k) => rows.has(k.id))
      .map((k) => {
        const r = rows.get(k.id)!;
        const item: MerchantSummary = {
          id: r.id,
          name: r.name,
          creditCode: r.credit_code,
          industry: r.industry,
          town: r.town,
          address: r.address,
          badges: currentBadges(r, criteria.today),
        };
        if (r.lat !== null && r.lng !== null) {
          item.location = { lat: Number(r.lat), lng: Number(r.lng) };
        }
        if (mode === 'near' && k.k1 === 0) item.distanceM = Math.round(Math.sqrt(k.k2));
        const complaintFigures = figures.get(k.id);
        if (complaintFigures) item.complaintFigures = complaintFigures;
        return item;
      }),
    nextCursor: more ? encodeCursor([mode, last.k1, last.k2, last.tail]) : null,
  };
}

function readCursor(cursor: string, mode: Mode): Omit<Key, 'id'> {
  const [tag, k1, k2, tail] = decodeCursor<[string, number, number, string]>(cursor, [
    'string',
    'number',
    'number',
    'string',
  ]);
  if (tag !== mode) {
    throw badRequest('INVALID_CURSOR', '分页参数无效，请重新加载列表', { cursor: '无效' });
  }
  return { k1, k2, tail };
}
