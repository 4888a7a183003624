import type { Kysely } from 'kysely';
import type {
  ActiveCampaigns,
  CampaignDetail,
  CampaignList,
  CampaignListQuery,
  CampaignPhase,
} from '@api/campaigns';
import { campaignPhase } from '@/domain/campaign-vocabulary';
import { cached, type CacheEntry } from '../../cache/read-cache';
import type { AppDeps } from '../../deps';
import type { Database } from '../../db/schema';
import { decodeCursor, encodeCursor } from '../../pagination';
import { badRequest, notFound } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { shanghaiDate } from '../../time';
import { publicAdvisoryCards } from '../advisories/reading-service';
import { storedUpload } from '../uploads/uploads-service';
import { findCampaign, listPublishedInPhase, type CampaignRow } from './campaigns-repository';
import { contentOf, toCampaignCard, toCampaignDetail } from './campaign-view';

export type CampaignDeps = Pick<AppDeps, 'db' | 'storage' | 'now'>;

export const campaignNotFound = () => notFound('CAMPAIGN_NOT_FOUND', '专项整治不存在或已撤下');

/** 首页 shows at most this many active campaigns. */
const ACTIVE_LIMIT = 30;

const isStaff = (caller: TokenPayload | undefined) =>
  caller?.role === 'staff' || caller?.role === 'admin';

async function publishedCampaign(db: Kysely<Database>, id: string): Promise<CampaignRow> {
  const row = await findCampaign(db, id);
  if (row?.status !== 'published') throw campaignNotFound();
  return row;
}

/** The order of the sections of the public list. */
const CAMPAIGN_PHASES_IN_ORDER: readonly CampaignPhase[] = ['active', 'upcoming', 'ended'];

/**
 * Published campaigns: with a phase, that phase; without, active (ending soonest first), then
 * upcoming (starting soonest first), then ended (newest first). The cursor is
 * ['<phase>|<date>', id]: the last row's phase and its sort date.
 */
export async function listCampaigns(
  deps: CampaignDeps,
  query: CampaignListQuery,
): Promise<CampaignList> {
  const today = shanghaiDate(deps.now());
  const limit = query.limit ?? 20;
  let phases: readonly CampaignPhase[] = query.phase ? [query.phase] : CAMPAIGN_PHASES_IN_ORDER;
  let after: [string, string] | undefined;
  if (query.cursor) {
    const [key, id] = decodeCursor<[string, string]>(query.cursor, ['string', 'string']);
    const [phase, date] = key.split('|') as [CampaignPhase, string | undefined];
    const at = phases.indexOf(phase);
    if (at < 0 || !date) throw invalidCursor();
    phases = phases.slice(at);
    after = [date, id];
  }
  const rows: CampaignRow[] = [];
  for (const phase of phases) {
    const want = limit + 1 - rows.length;
    if (want <= 0) break;
    rows.push(
      ...(await listPublishedInPhase(deps.db.db, phase, today, { after, limit: want - 1 })),
    );
    after = undefined;
  }
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > limit && last ? encodeCursor([sortKeyOf(last, today), last.id]) : null;
  return { items: page.map((r) => toCampaignCard(r, today)), nextCursor };
}

function sortKeyOf(row: CampaignRow, today: string): string {
  const phase = campaignPhase(row.period_from, row.period_to, today);
  return `${phase}|${phase === 'upcoming' ? row.period_from : row.period_to}`;
}

/** A cursor that decodes but names no phase of this list: refused like a broken one. */
const invalidCursor = () =>
  badRequest('INVALID_CURSOR', '分页参数无效，请重新加载列表', { cursor: '无效' });

/** For 首页 and the report form: published and active today, ending soonest first. */
/** From memory per day: every campaign write bumps 'campaigns' (campaigns-repository). */
export function activeCampaigns(deps: CampaignDeps): Promise<CacheEntry<ActiveCampaigns>> {
  const today = shanghaiDate(deps.now());
  return cached(deps.db.db, 'campaigns', () => loadActive(deps.db.db, today), { variant: today });
}

async function loadActive(db: Kysely<Database>, today: string): Promise<ActiveCampaigns> {
  const rows = await listPublishedInPhase(db, 'active', today, { limit: ACTIVE_LIMIT - 1 });
  return { items: rows.slice(0, ACTIVE_LIMIT).map((r) => toCampaignCard(r, today)) };
}

/** The public page of a published campaign (drafts and withdrawn ones are 404). */
export async function readCampaign(deps: CampaignDeps, id: string): Promise<CampaignDetail> {
  const row = await publishedCampaign(deps.db.db, id);
  const now = deps.now();
  const advisories = await publicAdvisoryCards(deps.db.db, contentOf(row).advisoryIds, now);
  return toCampaignDetail(row, shanghaiDate(now), advisories);
}

/** The cover's bytes: public once published, staff any status, everybody else 404. */
export async function campaignCover(
  deps: CampaignDeps,
  caller: TokenPayload | undefined,
  id: string,
): Promise<{ mime: string; bytes: Buffer; isPublic: boolean }> {
  const row = await findCampaign(deps.db.db, id);
  const isPublic = row?.status === 'published';
  if (!row || (!isPublic && !isStaff(caller)) || !row.cover_upload_id) {
    throw notFound('IMAGE_NOT_FOUND', '图片不存在');
  }
  const upload = await storedUpload({ db: deps.db.db, storage: deps.storage }, row.cover_upload_id);
  const bytes = await upload?.bytes();
  if (!upload || !bytes) throw notFound('IMAGE_NOT_FOUND', '图片不存在');
  return { mime: upload.mime, bytes, isPublic };
}
