import type { DbHandle } from './index';
import { migrateToLatest } from './migrations';
import { seedDatabase, type SeedOptions } from './seed';

/** Migrate to the latest schema and seed what is missing: used by the server and the CLI. */
export async function prepareDatabase(handle: DbHandle, options: SeedOptions): Promise<void> {
  await migrateToLatest(handle.db);
  await seedDatabase(handle.db, options);
}
