/** A throwaway database on the PostgreSQL server of an admin URL (TEST_DATABASE_URL), for the
 * crash test and the bench suites. */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Creates a fresh database named after the suite; `drop` removes it again. */
export async function freshPostgres(adminUrl: string, suite: string) {
  const name = `${suite}_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`).finally(() => admin.end());
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => c.end());
    },
  };
}
