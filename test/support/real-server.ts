/**
 * The real API server (server/src/main.ts, as `npm start` runs it) on a free port with a fresh
 * SQLite database in a temporary folder, for the weapp and e2e layers.
 */
import http from 'node:http';
import path from 'node:path';
import { makeTempDir, spawnServer } from './server-process';

export const ROOT = path.resolve(__dirname, '../..');

export interface RealServer {
  origin: string;
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** GET a JSON document with Node's http (jsdom test environments have no fetch). */
export function getJson<T>(url: string): Promise<{ status: number; body: T }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as T });
          } catch (error) {
            reject(error);
          }
        });
      })
      .on('error', reject);
  });
}

export async function startRealServer(env: Record<string, string> = {}): Promise<RealServer> {
  const dataDir = makeTempDir('fx-server-');
  const server = await spawnServer({
    name: 'API server',
    root: ROOT,
    script: 'server/src/main.ts',
    readyPath: '/api/v1/health',
    tempDir: dataDir,
    env: {
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      WECHAT_APPID: '',
      WECHAT_SECRET: '',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    },
  });
  return { origin: server.origin, dataDir, output: server.output, stop: server.stop };
}
