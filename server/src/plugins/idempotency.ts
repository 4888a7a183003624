import { createHash } from 'node:crypto';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerHookHandler,
  RouteHandlerMethod,
  RouteOptions,
} from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { isUniqueViolation } from '../db/errors';
import { badRequest, conflict } from './app-error';
import { callerOf } from './auth';

/**
 * Idempotency-Key on creating routes. The key is recorded INSIDE the transaction that makes the
 * resource, with the resource's id (claimIdempotencyKey): the two commit together or not at all,
 * so a crash at any moment leaves either both (a retry replays) or neither (a retry creates).
 * Nothing else is kept — no response body, so no personal data sits in this table — and a replay
 * renders the resource again for the same caller through the route's `replay`.
 */
export interface IdempotentRoute {
  /** The status of the first answer; a replay answers with it too. */
  status: number;
  /** The answer again, from the id the first request recorded (same caller, same route). */
  replay: (request: FastifyRequest, resourceId: string) => Promise<unknown>;
}

/** What a request with a key hands to its service, to record in the resource's transaction. */
export interface IdempotencyClaim {
  scope: string;
  key: string;
  methodPath: string;
  bodyHash: string;
  /** When the request arrived (deps.now()): the key is kept from then. */
  at: Date;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Creating route: honours the Idempotency-Key header. */
    idempotent?: IdempotentRoute;
  }
  interface FastifyRequest {
    /** Set when the request carries a key not used before: pass it to claimIdempotencyKey. */
    idempotency?: IdempotencyClaim;
  }
}

const HEADER = 'idempotency-key';
/** Keys are remembered this long; a later retry starts afresh. */
const RETENTION_MS = 24 * 3600_000;

/** The key was recorded by a concurrent request with the same key while this one ran. */
class KeyRecordedMeanwhile extends Error {}

/**
 * Records the key with the resource it made. Call it inside the resource's transaction (first,
 * ideally: on PostgreSQL a concurrent duplicate then waits here for the first to commit).
 */
export async function claimIdempotencyKey(
  trx: Kysely<Database>,
  claim: IdempotencyClaim | undefined,
  resourceId: string,
): Promise<void> {
  if (!claim) return;
  try {
    await trx
      .insertInto('idempotency_keys')
      .values({
        scope: claim.scope,
        key: claim.key,
        method_path: claim.methodPath,
        body_hash: claim.bodyHash,
        resource_id: resourceId,
        created_at: claim.at.toISOString(),
      })
      .execute();
  } catch (err) {
    // The unique (scope, key) constraint decides between concurrent duplicates.
    if (isUniqueViolation(err)) throw new KeyRecordedMeanwhile();
    throw err;
  }
}

/** JSON with sorted keys, so {a,b} and {b,a} hash the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function registerIdempotency(
  app: FastifyInstance,
  db: Kysely<Database>,
  now: () => Date,
): void {
  const findKey = (claim: IdempotencyClaim) =>
    db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('scope', '=', claim.scope)
      .where('key', '=', claim.key)
      .executeTakeFirst();

  /** The first answer again — or 409 when the key was used for another request. */
  const replay = async (
    request: FastifyRequest,
    reply: FastifyReply,
    claim: IdempotencyClaim,
    row: { method_path: string; body_hash: string; resource_id: string },
  ): Promise<FastifyReply> => {
    if (row.method_path !== claim.methodPath || row.body_hash !== claim.bodyHash) {
      throw conflict('IDEMPOTENCY_KEY_REUSED', '该请求标识已用于其他内容');
    }
    const route = request.routeOptions.config.idempotent as IdempotentRoute;
    const body = await route.replay(request, row.resource_id);
    return reply.status(route.status).header('idempotent-replay', 'true').send(body);
  };

  // Runs after authentication (the routes' onRequest hooks), so the caller is already known.
  const preHandler: preHandlerHookHandler = async (request, reply) => {
    const raw = request.headers[HEADER];
    if (raw === undefined) return;
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (!key || key.length > 128) {
      throw badRequest('IDEMPOTENCY_KEY_INVALID', '请求标识 Idempotency-Key 须为 1–128 个字符');
    }
    const claim: IdempotencyClaim = {
      scope: callerOf(request)?.sub ?? 'anonymous',
      key,
      methodPath: `${request.method} ${request.url}`,
      bodyHash: sha256(canonicalJson(request.body ?? null)),
      at: now(),
    };
    const row = await findKey(claim);
    if (row && claim.at.getTime() - Date.parse(row.created_at) <= RETENTION_MS) {
      return replay(request, reply, claim, row);
    }
    if (row) {
      await db
        .deleteFrom('idempotency_keys')
        .where('scope', '=', claim.scope)
        .where('key', '=', claim.key)
        .where('created_at', '=', row.created_at)
        .execute();
    }
    request.idempotency = claim;
  };

  /**
   * A request that fails while a concurrent one with the same key succeeded (it lost the race on
   * the key, or the winner's change made its own work invalid) answers as a replay of the winner.
   */
  const replayOnFailure = (handler: RouteHandlerMethod): RouteHandlerMethod =>
    async function (this: FastifyInstance, request, reply) {
      try {
        return await handler.call(this, request, reply);
      } catch (err) {
        const claim = request.idempotency;
        const row = claim && (await findKey(claim));
        if (!claim || !row) throw err instanceof KeyRecordedMeanwhile ? raceLost() : err;
        return replay(request, reply, claim, row);
      }
    };

  // Kept past the retention window they are useless; the ids they hold are not personal data.
  const purge = async () => {
    const cutoff = new Date(now().getTime() - RETENTION_MS).toISOString();
    try {
      await db.deleteFrom('idempotency_keys').where('created_at', '<', cutoff).execute();
    } catch (err) {
      app.log.warn({ err }, 'idempotency: purge failed');
    }
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await purge();
    timer = setInterval(() => void purge(), 3600_000).unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));

  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.config?.idempotent) return;
    route.preHandler = [...asArray(route.preHandler), preHandler];
    route.handler = replayOnFailure(route.handler);
  });
}

/** Should not happen (the winner's row is there once it committed): ask the client to retry. */
const raceLost = () => conflict('IDEMPOTENCY_IN_PROGRESS', '相同的请求正在处理中，请稍后再试');

function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** registerIdempotency as a plugin (fastify-plugin: its hooks apply to the whole app). */
export const idempotencyPlugin = fp(
  async (app: FastifyInstance, { db, now }: { db: Kysely<Database>; now: () => Date }) =>
    registerIdempotency(app, db, now),
  { name: 'idempotency' },
);
