import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from '../schema';
import * as m0001 from './0001_foundation';

/** In-code list, in order: no filesystem scanning, so it works the same under tsx, jest and builds. */
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
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
