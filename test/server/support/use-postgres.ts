// Jest setupFiles for the `server-postgres` project: createTestApp then makes a fresh
// PostgreSQL database per test file on the server in TEST_DATABASE_URL.
process.env.TEST_DB_DIALECT = 'postgres';
