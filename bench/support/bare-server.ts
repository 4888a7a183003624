/**
 * The baseline for the HTTP suite: Fastify with one route returning a small JSON, the same
 * logger settings as the API server, and nothing else (no database, hooks, plugins or schemas).
 * Run as its own process by servers.ts; PORT, HOST, LOG_LEVEL and BARE_PATH come from there.
 */
import Fastify from 'fastify';

async function main(): Promise<void> {
  const level = process.env.LOG_LEVEL ?? 'warn';
  const app = Fastify({ logger: level === 'silent' ? false : { level } });
  app.get(process.env.BARE_PATH ?? '/bare', async () => ({ status: 'ok' }));

  await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });

  const shutdown = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
