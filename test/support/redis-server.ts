/**
 * A Redis for the tests: TEST_REDIS_URL when CI provides one, else a throwaway redis-server
 * (Debian's /usr/bin/redis-server) on a free loopback port, in memory only, stopped by stop().
 * Tests sharing one Redis keep apart by the client address they count under.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import Redis from 'ioredis';

export interface TestRedis {
  url: string;
  stop(): Promise<void>;
}

const REDIS_SERVER = '/usr/bin/redis-server';
const READY_TIMEOUT_MS = 10_000;

export async function startRedis(): Promise<TestRedis> {
  const shared = process.env.TEST_REDIS_URL;
  if (shared) return { url: shared, stop: async () => {} };
  if (!existsSync(REDIS_SERVER)) {
    throw new Error(
      `Redis is needed: set TEST_REDIS_URL, or install Debian's redis-server (${REDIS_SERVER})`,
    );
  }
  const port = await freePort();
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `redis://127.0.0.1:${port}`;
  await waitForPing(url);
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

async function waitForPing(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.ping();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`redis-server did not answer: ${String(err)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      client.disconnect();
    }
  }
}

/** A loopback port nothing listens on (also what a "Redis is down" test points at). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
