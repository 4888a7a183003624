/**
 * Runs a server script in its own Node process (TypeScript through tsx's loader: one process,
 * no wrapper) on a free loopback port, waits until it answers, and stops it again. Shared by the
 * weapp and e2e tests and the benchmarks. Every process started here is remembered, so a caller
 * can stop whatever is left — on success, on error and on Ctrl-C — and a last synchronous
 * SIGKILL on exit catches the rest.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface ServerProcess {
  name: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  pid: number;
  /** The end of what the process printed (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (null when a signal ended it) once the process is gone. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export interface SpawnServerOptions {
  name: string;
  /** The repository root: the working directory, so tsx finds tsconfig.json and its paths. */
  root: string;
  /** The script, relative to root. */
  script: string;
  /** Added to the environment; PORT and HOST are set here. */
  env: Record<string, string>;
  /** A GET that answers 200 once the server is ready. */
  readyPath: string;
  /** Removed when the process stops (its data folder). */
  tempDir?: string;
}

const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;
const OUTPUT_KEEP = 16_000;

const running = new Set<ChildProcess>();
const stoppers = new Set<() => Promise<void>>();

process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Stops every server process this module started and has not stopped yet. */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...stoppers].map((stop) => stop()));
}

/** A temporary folder for one server's data, removed by its stop(). */
export function makeTempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function spawnServer(options: SpawnServerOptions): Promise<ServerProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, ['--import', 'tsx', options.script], {
    cwd: options.root,
    env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-OUTPUT_KEEP);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  void exited.then(() => running.delete(child));

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      if (options.tempDir) fs.rmSync(options.tempDir, { recursive: true, force: true });
      stoppers.delete(stop);
    })();
    return stopping;
  };
  stoppers.add(stop);

  const server: ServerProcess = {
    name: options.name,
    origin,
    pid: child.pid ?? -1,
    output: () => log,
    exited,
    stop,
  };
  try {
    await waitUntilReady(`${origin}${options.readyPath}`, child);
  } catch (err) {
    await stop();
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`${options.name}: ${reason}\n--- its output ---\n${log}`);
  }
  return server;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The status of a GET, or 0 when nothing answers (Node's http: jsdom test runs have no fetch). */
function statusOf(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2_000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`exited before it was ready (code ${child.exitCode ?? child.signalCode})`);
    }
    if ((await statusOf(url)) === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not ready after ${READY_TIMEOUT_MS / 1000}s (${url})`);
}
