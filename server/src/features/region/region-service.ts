import type { Kysely } from 'kysely';
import { LEGAL_MAX_DEADLINES, type Region } from '@api/region';
import { cached, type CacheEntry } from '../../cache/read-cache';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { notFound } from '../../plugins/app-error';
import { seedProfileCampaigns } from '../campaigns/profile-campaigns';
import { findRegion, saveRegion } from './region-repository';

/**
 * The county profile, read on every app open and by most writes: from memory, replaced when
 * any instance saves it (saveRegion bumps 'region'). Shared: callers must not modify it.
 */
export async function getRegion(db: Kysely<Database>): Promise<Region> {
  return (await regionEntry(db)).value;
}

export function regionEntry(db: Kysely<Database>): Promise<CacheEntry<Region>> {
  return cached(db, 'region', () => loadRegion(db));
}

async function loadRegion(db: Kysely<Database>): Promise<Region> {
  const region = await findRegion(db);
  if (!region) throw notFound('REGION_NOT_CONFIGURED', '尚未配置县域信息');
  return { ...region, deadlines: withinLegalMaxima(region.deadlines) };
}

/**
 * A profile saved before the caps (up to 30 working days / 180 days) must not stretch a legal
 * deadline: each is read as at most its legal maximum.
 */
function withinLegalMaxima(deadlines: Region['deadlines']): Region['deadlines'] {
  const capped = { ...deadlines };
  for (const [key, max] of Object.entries(LEGAL_MAX_DEADLINES)) {
    const name = key as keyof typeof LEGAL_MAX_DEADLINES;
    capped[name] = Math.min(capped[name], max);
  }
  return capped;
}

/** Replace the county profile; the change and its audit entry commit together. */
export async function updateRegion(
  db: Kysely<Database>,
  region: Region,
  actorId: string,
  at: Date,
): Promise<Region> {
  await db.transaction().execute(async (trx) => {
    await saveRegion(trx, region, actorId, at);
    // New profile campaigns become campaigns; existing keys keep staff's edits.
    const campaignsAdded = await seedProfileCampaigns(trx, region, at);
    await recordAudit(trx, {
      actorId,
      action: 'region.update',
      targetType: 'settings',
      targetId: 'region',
      detail: {
        county: region.county,
        themeYear: region.theme.year,
        eventDate: region.event.date,
        ...(campaignsAdded.length > 0 && { campaignsAdded }),
      },
      at,
    });
  });
  return region;
}
