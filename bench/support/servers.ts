/** The two servers the HTTP benchmarks load: the real API server and the bare Fastify baseline. */
import { makeTempDir, spawnServer, type ServerProcess } from '../../test/support/server-process';

/** Both servers log like this, so logging costs the same on both sides of a ratio. */
const LOG_LEVEL = 'warn';

/**
 * server/src/main.ts as `npm start` runs it, with a fresh SQLite database, seeded with the demo
 * data, in a temporary folder. Variables a developer may have set that would change the server
 * (DATABASE_URL, WECHAT_*, JWT_SECRET, TRUST_PROXY, SEED_DEMO) are overridden. The per-IP rate
 * limit is set to its maximum so that the limiter's bookkeeping is measured but a 429 never is.
 */
export function startApiServer(
  root: string,
  dataDir = makeTempDir('fx-bench-api-'),
  name = 'API server',
  extraEnv: Record<string, string> = {},
): Promise<ServerProcess> {
  return spawnServer({
    name,
    root,
    script: 'server/src/main.ts',
    readyPath: '/api/v1/health',
    tempDir: dataDir,
    env: {
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      WECHAT_APPID: '',
      WECHAT_SECRET: '',
      JWT_SECRET: '',
      TRUST_PROXY: '',
      SEED_DEMO: 'true',
      LOG_LEVEL,
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...extraEnv,
    },
  });
}

/** The bare server's one route. */
export const BARE_PATH = '/bare';

export function startBareServer(root: string): Promise<ServerProcess> {
  return spawnServer({
    name: 'bare Fastify server',
    root,
    script: 'bench/support/bare-server.ts',
    readyPath: BARE_PATH,
    env: { NODE_ENV: 'test', LOG_LEVEL, BARE_PATH },
  });
}
