/**
 * Graceful shutdown of the real server process: SIGTERM while a request is still arriving. The
 * port stops accepting at once, the request finishes with its 200, a request pipelined behind it
 * on the same connection finds readiness answering 503, and the process exits 0. A request that
 * never finishes does not hold the process past SHUTDOWN_TIMEOUT: it exits 1.
 */
import net from 'node:net';
import path from 'node:path';
import { freshPostgres } from '../support/fresh-postgres';
import { makeTempDir, spawnServer, type ServerProcess } from '../support/server-process';
import { TEST_JWT_SECRET } from './support/app';

const ROOT = path.resolve(__dirname, '../..');
const dialect = process.env.TEST_DB_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

let server: ServerProcess;
const started: ServerProcess[] = [];
const databases: Array<() => Promise<void>> = [];

async function startServer(shutdownTimeoutSeconds: number): Promise<ServerProcess> {
  const dir = makeTempDir('fangxin-shutdown-');
  let databaseUrl = '';
  if (dialect === 'postgres') {
    const database = await freshPostgres(process.env.TEST_DATABASE_URL!, 'shutdown');
    databaseUrl = database.url;
    databases.push(database.drop);
  }
  const spawned = await spawnServer({
    name: `API server (shutdown, ${dialect})`,
    root: ROOT,
    script: 'server/src/main.ts',
    readyPath: '/api/v1/health/ready',
    tempDir: dir,
    env: {
      NODE_ENV: 'test',
      DATA_DIR: dir,
      H5_DIR: path.join(dir, 'h5'),
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      SHUTDOWN_TIMEOUT: String(shutdownTimeoutSeconds),
      // The job runner started too (a scheduled probe), so the stop has jobs to stop.
      JOBS_TEST_PROBE: '1',
      DATABASE_URL: databaseUrl,
    },
  });
  started.push(spawned);
  return spawned;
}

beforeAll(async () => {
  server = await startServer(20);
}, 60_000);

afterAll(async () => {
  await Promise.all(started.map((s) => s.stop()));
  for (const drop of databases) await drop();
});

/** An open connection to the server, with what it has received so far. */
async function connect(target: ServerProcess) {
  const socket = net.connect(Number(new URL(target.origin).port), '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let received = '';
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString();
  });
  // A reset by the exiting process is an end like any other here.
  socket.on('error', () => {});
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { socket, closed, received: () => received };
}

describe(`SIGTERM with a request in flight (${dialect})`, () => {
  it('finishes the request, refuses new connections, answers readiness 503, exits 0', async () => {
    const { port } = new URL(server.origin);
    const { socket, closed, received } = await connect(server);

    const body = JSON.stringify({ openid: 'shutdown-survivor' });
    // Headers and half the body: the request is in flight when the signal comes.
    socket.write(
      'POST /api/v1/auth/dev HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(server.pid, 'SIGTERM');

    // The port stops accepting.
    await expectRefused(Number(port));
    // The rest of the body, then a readiness probe pipelined on the same connection.
    socket.write(
      `${body.slice(10)}GET /api/v1/health/ready HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
    );
    await closed;

    const responses = received().split(/(?=HTTP\/1\.1 \d{3})/);
    expect(responses).toHaveLength(2);
    expect(responses[0]).toMatch(/^HTTP\/1\.1 200 /);
    expect(responses[0]).toContain('"token"');
    expect(responses[1]).toMatch(/^HTTP\/1\.1 503 /);
    expect(JSON.parse(responses[1].slice(responses[1].indexOf('\r\n\r\n') + 4))).toEqual({
      code: 'NOT_READY',
      message: '服务未就绪：正在停止',
      checks: { accepting: 'failed', database: 'ok', storage: 'ok' },
    });
    expect(await server.exited).toBe(0);
  }, 60_000);

  it('exits 1 after SHUTDOWN_TIMEOUT when a request never finishes', async () => {
    const stuck = await startServer(1);
    const { socket, closed, received } = await connect(stuck);
    // Headers and part of a body that never comes.
    socket.write(
      'POST /api/v1/auth/dev HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        'Content-Length: 1000\r\n\r\n{"openid":',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(stuck.pid, 'SIGTERM');
    expect(await stuck.exited).toBe(1);
    await closed;
    expect(received()).toBe('');
    expect(stuck.output()).toContain('shutdown took longer than SHUTDOWN_TIMEOUT');
  }, 60_000);
});

/** Polls until a new connection to the port is refused (the signal is handled asynchronously). */
async function expectRefused(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const outcome = await new Promise<'connected' | 'refused'>((resolve) => {
      const probe = net.connect(port, '127.0.0.1');
      probe.once('connect', () => {
        probe.destroy();
        resolve('connected');
      });
      probe.once('error', () => resolve('refused'));
    });
    if (outcome === 'refused') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`port ${port} still accepts connections after SIGTERM`);
}
