import { SHARE_SOURCE } from '@api/common';
import type { AdvisoryStats } from '@api/advisories';
import { addDays, shanghaiDate, shanghaiDayStartIso } from '../../time';
import { countSharesSince, countVisitsByPrefix } from '../event/shares-repository';
import { countReadsSince, countUsefulSince, listEverPublished } from './advisories-repository';
import type { AdvisoryDeps } from './editing-service';

type Item = AdvisoryStats['items'][number];
type Category = AdvisoryStats['byCategory'][number];

const SOURCE_PREFIX = `${SHARE_SOURCE.advisory}.`;

/**
 * How advisories were read and spread over the last `days` Asia/Shanghai days, today included:
 * views (each reader once a day), 有用 marks, shares and the visits shared links brought. Listed:
 * every advisory published within the window or with any of these in it, most viewed first.
 */
export async function advisoryStats(deps: AdvisoryDeps, days: number): Promise<AdvisoryStats> {
  const db = deps.db.db;
  const now = deps.now();
  const to = shanghaiDate(now);
  const from = addDays(to, -(days - 1));
  const since = shanghaiDayStartIso(from);
  const [rows, views, useful, shares, entries] = await Promise.all([
    listEverPublished(db, now.toISOString()),
    countReadsSince(db, from),
    countUsefulSince(db, since),
    countSharesSince(db, 'advisory', since),
    countVisitsByPrefix(db, SOURCE_PREFIX, since),
  ]);
  const listed = rows
    .map((r) => ({
      publishedAt: r.publish_at ?? '',
      item: {
        id: r.id,
        title: r.title,
        kind: r.kind,
        category: r.category,
        views: views.get(r.id) ?? 0,
        useful: useful.get(r.id) ?? 0,
        shares: shares.get(r.id) ?? 0,
        shareEntries: entries.get(`${SOURCE_PREFIX}${r.id}`) ?? 0,
      },
    }))
    .filter(({ publishedAt, item: i }) => publishedAt >= since || active(i))
    .sort((a, b) => b.item.views - a.item.views || b.publishedAt.localeCompare(a.publishedAt));
  const items: Item[] = listed.map((l) => l.item);
  return { from, to, items, byCategory: totalsByCategory(items) };
}

const active = (i: Item) => i.views + i.useful + i.shares + i.shareEntries > 0;

/** Per category: how many advisories are listed and their figures added up, busiest first. */
function totalsByCategory(items: Item[]): Category[] {
  const totals = new Map<string, Category>();
  for (const i of items) {
    const t = totals.get(i.category) ?? {
      category: i.category,
      advisories: 0,
      views: 0,
      useful: 0,
      shares: 0,
      shareEntries: 0,
    };
    t.advisories += 1;
    t.views += i.views;
    t.useful += i.useful;
    t.shares += i.shares;
    t.shareEntries += i.shareEntries;
    totals.set(i.category, t);
  }
  return [...totals.values()].sort(
    (a, b) => b.views - a.views || a.category.localeCompare(b.category),
  );
}
