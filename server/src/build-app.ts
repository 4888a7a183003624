import Fastify, { type FastifyInstance } from 'fastify';
import { appPlugin, serverOptions, type AppOptions } from './app';
import type { AppConfig } from './config';
import { createDb, type DbHandle } from './db';

export interface BuildAppOptions extends Omit<AppOptions, 'config' | 'db'> {
  /** An already-open database; the app takes ownership and closes it on app.close(). */
  db?: DbHandle;
  /** Where log lines go (tests read them); default: stdout. */
  logStream?: NodeJS.WritableStream;
}

/** The whole server without a port: tests drive it with app.inject(). */
export async function buildApp(
  config: AppConfig,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const { db, logStream, ...appOptions } = options;
  const app = Fastify(serverOptions(config, logStream));
  try {
    await app.register(appPlugin, { ...appOptions, config, db: db ?? createDb(config) });
  } catch (err) {
    await app.close();
    throw err;
  }
  return app;
}
