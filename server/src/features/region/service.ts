import type { Kysely } from 'kysely';
import type { Region } from '@api/region';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { notFound } from '../../plugins/app-error';
import { findRegion, saveRegion } from './repository';

export async function getRegion(db: Kysely<Database>): Promise<Region> {
  const region = await findRegion(db);
  if (!region) throw notFound('REGION_NOT_CONFIGURED', '尚未配置县域信息');
  return region;
}

/** Replace the county profile; the change and its audit entry commit together. */
export async function updateRegion(
  db: Kysely<Database>,
  region: Region,
  actorId: string,
): Promise<Region> {
  await db.transaction().execute(async (trx) => {
    await saveRegion(trx, region, actorId);
    await recordAudit(trx, {
      actorId,
      action: 'region.update',
      targetType: 'settings',
      targetId: 'region',
      detail: { county: region.county, themeYear: region.theme.year, eventDate: region.event.date },
    });
  });
  return region;
}
