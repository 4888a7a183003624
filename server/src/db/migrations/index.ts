import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from '../schema';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_merchants';
import * as m0003 from './0003_model_units';
import * as m0004 from './0004_uploads';
import * as m0005 from './0005_pledges';
import * as m0006 from './0006_complaints';
import * as m0007 from './0007_pledges_signing';
import * as m0008 from './0008_quiz';
import * as m0009 from './0009_security';
import * as m0011 from './0011_calendar';
import * as m0012 from './0012_complaint_discovery';
import * as m0013 from './0013_messages';
import * as m0014 from './0014_mediation_consent';
import * as m0015 from './0015_privacy';
import * as m0016 from './0016_advisories';
import * as m0017 from './0017_tips';
import * as m0018 from './0018_favorites_shares';
import * as m0019 from './0019_content_indexes';
import * as m0020 from './0020_content_search';
import * as m0021 from './0021_disclosure';
import * as m0022 from './0022_follow_up';
import * as m0023 from './0023_reports_campaigns';
import * as m0024 from './0024_law';
import * as m0025 from './0025_cache_versions';
import * as m0026 from './0026_import_entries';

/** In-code list, in order: no filesystem scanning, so it works the same under tsx, jest and builds. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_merchants': m0002,
  '0003_model_units': m0003,
  '0004_uploads': m0004,
  '0005_pledges': m0005,
  '0006_complaints': m0006,
  '0007_pledges_signing': m0007,
  '0008_quiz': m0008,
  '0009_security': m0009,
  '0011_calendar': m0011,
  '0012_complaint_discovery': m0012,
  '0013_messages': m0013,
  '0014_mediation_consent': m0014,
  '0015_privacy': m0015,
  '0016_advisories': m0016,
  '0017_tips': m0017,
  '0018_favorites_shares': m0018,
  '0019_content_indexes': m0019,
  '0020_content_search': m0020,
  '0021_disclosure': m0021,
  '0022_follow_up': m0022,
  '0023_reports_campaigns': m0023,
  '0024_law': m0024,
  '0025_cache_versions': m0025,
  '0026_import_entries': m0026,
};

const provider: MigrationProvider = {
  getMigrations: async () => migrations,
};

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `数据库迁移失败 (${failed}): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
