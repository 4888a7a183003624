/**
 * kill -9 durability of idempotent writes, shared by the test suite and the bench suite: the real
 * server (server/src/main.ts) in its own process, a burst of complaints and complaint notes each
 * with its own Idempotency-Key, SIGKILL after a random number of acknowledged answers, a restart
 * on the same data, and every request of the burst sent again with its key and body. Counts what
 * was acknowledged and then lost, what exists twice, and every replay that did not answer as it
 * must (2xx; an acknowledged write replays with `idempotent-replay: true` and the same id).
 */
import { randomBytes } from 'node:crypto';
import { freshPostgres } from '../../../support/fresh-postgres';
import { rmSync } from 'node:fs';
import http from 'node:http';
import type { ComplaintCreated, ComplaintDetail } from '@api/complaints';
import { loadConfig, type DatabaseConfig } from '../../../../server/src/config';
import { createDb } from '../../../../server/src/db';
import { makeTempDir, spawnServer, type ServerProcess } from '../../../support/server-process';
import { complaintBody } from '../complaints';

export interface CrashOptions {
  /** The repository root. */
  root: string;
  rounds: number;
  /** Writes planned per round; the kill cuts the burst short. */
  writesPerRound: number;
  /** Requests in flight at once. */
  concurrency: number;
  consumers: number;
  /** The random timing; the same seed kills at the same points. */
  seed: number;
  /** A PostgreSQL server (admin URL) to make a fresh database on; default SQLite. */
  postgresAdminUrl?: string;
  progress?: (line: string) => void;
}

export interface CrashFigures {
  rounds: number;
  /** Requests sent during the bursts (before the kill stopped them). */
  writes: number;
  acknowledged: number;
  /** Sent, not acknowledged: in flight at the kill. */
  cut: number;
  replays: number;
  /** Replays answered from the key (idempotent-replay: true). */
  replayed: number;
  lost: number;
  duplicates: number;
  /** Every way a replay or a check went wrong, one line each. */
  failures: string[];
}

interface Write {
  kind: 'complaint' | 'note';
  token: string;
  path: string;
  key: string;
  body: object;
  marker: string;
  /** For a note: the complaint it goes to. */
  complaintId?: string;
  sent: boolean;
  ack?: { status: number; id: string };
  /** An answer other than 2xx during the burst (a connection cut by the kill is not one). */
  refused?: string;
}

interface Answer {
  status: number;
  replay: boolean;
  body: string;
}

/** A small seeded generator (mulberry32): the same seed, the same kill points. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function send(
  origin: string,
  method: string,
  path: string,
  body: object | undefined,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${origin}${path}`,
      {
        method,
        agent: false,
        timeout: 15_000,
        headers: { ...(data ? { 'content-type': 'application/json' } : {}), ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            replay: res.headers['idempotent-replay'] === 'true',
            body: text,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(data);
  });
}

const ok = (status: number) => status >= 200 && status < 300;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const idOf = (w: Write, body: string) =>
  w.kind === 'complaint'
    ? (JSON.parse(body) as ComplaintCreated).id
    : (JSON.parse(body) as ComplaintDetail).id;

export async function runCrashRounds(options: CrashOptions): Promise<CrashFigures> {
  const progress = options.progress ?? (() => {});
  const random = seededRandom(options.seed);
  const dataDir = makeTempDir('fx-crash-');
  const pg = options.postgresAdminUrl
    ? await freshPostgres(options.postgresAdminUrl, 'crash')
    : undefined;
  const env = {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: pg?.url ?? '',
    WECHAT_APPID: '',
    WECHAT_SECRET: '',
    JWT_SECRET: `crash-durability-secret-${'x'.repeat(24)}`,
    PERSONAL_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
  };
  const start = () =>
    spawnServer({
      name: 'API server (crash)',
      root: options.root,
      script: 'server/src/main.ts',
      readyPath: '/api/v1/health',
      env,
    });
  // The database as the server resolves it from the same environment.
  const database = loadConfig(env).database;
  const figures: CrashFigures = {
    rounds: 0,
    writes: 0,
    acknowledged: 0,
    cut: 0,
    replays: 0,
    replayed: 0,
    lost: 0,
    duplicates: 0,
    failures: [],
  };
  let server: ServerProcess | undefined;
  try {
    server = await start();
    const tokens: string[] = [];
    const bases: string[] = [];
    for (let i = 0; i < options.consumers; i++) {
      const login = await send(server.origin, 'POST', '/api/v1/auth/dev', {
        openid: `crash-${options.seed}-${i}`,
      });
      const token = (JSON.parse(login.body) as { token: string }).token;
      const base = await send(
        server.origin,
        'POST',
        '/api/v1/complaints',
        complaintBody(),
        auth(token),
      );
      if (!ok(base.status)) throw new Error(`set-up complaint: ${base.status} ${base.body}`);
      tokens.push(token);
      bases.push((JSON.parse(base.body) as ComplaintCreated).id);
    }

    for (let round = 1; round <= options.rounds; round++) {
      const writes = plan(round, options, tokens, bases);
      const killAfter = 1 + Math.floor(random() * Math.max(1, writes.length * 0.8));
      const extraDelayMs = Math.floor(random() * 15);
      progress(`crash: round ${round}, kill after ${killAfter} acknowledged (+${extraDelayMs} ms)`);
      await burst(server, writes, options.concurrency, killAfter, extraDelayMs);
      await server.stop(); // already dead: this only waits for the exit
      server = await start();
      progress(`crash: round ${round}, restarted`);
      await checkAfterRestart(server, writes, database, figures);
      progress(`crash: round ${round}, checked`);
      figures.rounds += 1;
    }
  } finally {
    await server?.stop();
    await pg?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return figures;
}

/** One round's requests: complaints and notes on each consumer's standing complaint, mixed. */
function plan(round: number, options: CrashOptions, tokens: string[], bases: string[]): Write[] {
  return Array.from({ length: options.writesPerRound }, (_, i) => {
    const consumer = i % tokens.length;
    const marker = `崩溃测试${options.seed}R${round}W${i}`;
    const key = `crash-${options.seed}-${round}-${i}-${randomBytes(4).toString('hex')}`;
    if (i % 3 === 2) {
      return {
        kind: 'note' as const,
        token: tokens[consumer],
        path: `/api/v1/complaints/${bases[consumer]}/messages`,
        key,
        body: { kind: 'note', message: `${marker} 补充说明：商家仍未回复。` },
        marker,
        complaintId: bases[consumer],
        sent: false,
      };
    }
    return {
      kind: 'complaint' as const,
      token: tokens[consumer],
      path: '/api/v1/complaints',
      key,
      body: complaintBody({ facts: `${marker} 购买的电饭煲使用三天后无法加热，商家拒绝退货。` }),
      marker,
      sent: false,
    };
  });
}

/** Sends the writes `concurrency` at a time; SIGKILL once `killAfter` have been acknowledged. */
async function burst(
  server: ServerProcess,
  writes: Write[],
  concurrency: number,
  killAfter: number,
  extraDelayMs: number,
): Promise<void> {
  let next = 0;
  let acknowledged = 0;
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    const fire = () => process.kill(server.pid, 'SIGKILL');
    if (extraDelayMs === 0) fire();
    else setTimeout(fire, extraDelayMs);
  };
  const worker = async () => {
    while (!killed && next < writes.length) {
      const w = writes[next++];
      w.sent = true;
      try {
        const res = await send(server.origin, 'POST', w.path, w.body, {
          ...auth(w.token),
          'idempotency-key': w.key,
        });
        // An answer that arrives is acknowledged: the client saw it, whatever happens next.
        if (ok(res.status)) {
          w.ack = { status: res.status, id: idOf(w, res.body) };
          acknowledged += 1;
          if (acknowledged >= killAfter) kill();
        } else {
          w.refused = `${res.status} ${res.body.slice(0, 120)}`;
        }
      } catch {
        // Cut by the kill: no answer.
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  // The burst ran out before the count: kill now, so every round restarts from a crash.
  kill();
  await new Promise((resolve) => setTimeout(resolve, extraDelayMs + 5));
}

async function countMarkers(
  database: DatabaseConfig,
  writes: Write[],
): Promise<Map<string, number>> {
  const handle = createDb({ database });
  try {
    const prefix = writes[0].marker.replace(/W\d+$/, 'W');
    const [complaints, events] = await Promise.all([
      handle.db
        .selectFrom('complaints')
        .select('facts as text')
        .where('facts', 'like', `${prefix}%`)
        .execute(),
      handle.db
        .selectFrom('complaint_events')
        .select('message as text')
        .where('message', 'like', `${prefix}%`)
        .execute(),
    ]);
    const counts = new Map<string, number>();
    const add = (kind: Write['kind'], text: string) => {
      const key = `${kind} ${/^\S+/.exec(text)?.[0] ?? ''}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    };
    complaints.forEach((r) => add('complaint', r.text));
    events.forEach((r) => add('note', r.text));
    return counts;
  } finally {
    await handle.close();
  }
}

/** After the restart: nothing acknowledged lost; every replay 2xx; each write exactly once. */
async function checkAfterRestart(
  server: ServerProcess,
  writes: Write[],
  database: DatabaseConfig,
  figures: CrashFigures,
): Promise<void> {
  const sent = writes.filter((w) => w.sent);
  const acked = sent.filter((w) => w.ack);
  figures.writes += sent.length;
  figures.acknowledged += acked.length;
  figures.cut += sent.length - acked.length;
  const fail = (w: Write, what: string) =>
    figures.failures.push(`${w.marker} (${w.kind}): ${what}`);

  for (const w of sent.filter((x) => x.refused)) fail(w, `the burst answered ${w.refused}`);

  // Lost: read back as its author, before any replay could recreate it.
  for (const w of acked) {
    const id = w.kind === 'complaint' ? (w.ack as { id: string }).id : (w.complaintId as string);
    const res = await send(
      server.origin,
      'GET',
      `/api/v1/complaints/${id}`,
      undefined,
      auth(w.token),
    );
    const found =
      res.status === 200 &&
      (w.kind === 'complaint'
        ? (JSON.parse(res.body) as ComplaintDetail).facts.startsWith(w.marker)
        : (JSON.parse(res.body) as ComplaintDetail).timeline.some((e) =>
            e.message.startsWith(w.marker),
          ));
    if (!found) {
      figures.lost += 1;
      fail(w, `acknowledged (${w.ack?.status}) but gone after the restart`);
    }
  }

  // Replays: every request of the burst, same key, same body — twice, the second always a replay.
  for (const pass of [1, 2]) {
    for (const w of sent) {
      const res = await send(server.origin, 'POST', w.path, w.body, {
        ...auth(w.token),
        'idempotency-key': w.key,
      });
      figures.replays += 1;
      if (res.replay) figures.replayed += 1;
      if (!ok(res.status)) {
        fail(w, `replay ${pass} answered ${res.status} ${res.body.slice(0, 120)}`);
        continue;
      }
      const id = idOf(w, res.body);
      if ((w.ack || pass === 2) && !res.replay) fail(w, `replay ${pass} without idempotent-replay`);
      if (w.ack && id !== w.ack.id) fail(w, `replay ${pass} gave id ${id}, not ${w.ack.id}`);
    }
  }

  const counts = await countMarkers(database, writes);
  for (const w of sent) {
    const count = counts.get(`${w.kind} ${w.marker}`) ?? 0;
    if (count > 1) {
      figures.duplicates += count - 1;
      fail(w, `exists ${count} times`);
    } else if (count === 0) fail(w, 'missing after the replays');
  }
}
