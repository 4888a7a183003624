import { createHash } from 'node:crypto';
import type {
  FastifyInstance,
  FastifyReply,
  onSendHookHandler,
  preHandlerHookHandler,
  RouteOptions,
} from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { isUniqueViolation } from '../db/errors';
import { nowIso } from '../db/time';
import { badRequest, conflict } from './app-error';
import { callerOf } from './auth';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Creating route: honours the Idempotency-Key header. */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    /** The key this request claimed, released or completed in onSend. */
    idempotencyClaim?: { scope: string; key: string };
  }
}

const HEADER = 'idempotency-key';
/** A first request that never finished (crash) stops blocking its key after this. */
const STALE_CLAIM_MS = 60_000;
/** Keys are remembered this long; a later retry starts afresh. */
const RETENTION_MS = 24 * 3600_000;

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

export function registerIdempotency(app: FastifyInstance, db: Kysely<Database>): void {
  const table = () => db.selectFrom('idempotency_keys').selectAll();

  const preHandler: preHandlerHookHandler = async (request, reply) => {
    const raw = request.headers[HEADER];
    if (raw === undefined) return;
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (!key || key.length > 128) {
      throw badRequest('IDEMPOTENCY_KEY_INVALID', '请求标识 Idempotency-Key 须为 1–128 个字符');
    }
    const scope = callerOf(request)?.sub ?? 'anonymous';
    const methodPath = `${request.method} ${request.url}`;
    const bodyHash = sha256(canonicalJson(request.body ?? null));

    // Two rounds at most: a stale or expired row is removed once, then claimed.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await db
          .insertInto('idempotency_keys')
          .values({
            scope,
            key,
            method_path: methodPath,
            body_hash: bodyHash,
            status_code: null,
            response: null,
            created_at: nowIso(),
          })
          .execute();
        request.idempotencyClaim = { scope, key };
        return;
      } catch (err) {
        // The unique (scope, key) constraint decides between concurrent duplicates.
        if (!isUniqueViolation(err)) throw err;
      }

      const row = await table()
        .where('scope', '=', scope)
        .where('key', '=', key)
        .executeTakeFirst();
      if (!row) continue;
      const age = Date.now() - Date.parse(row.created_at);
      const abandoned = row.status_code === null && age > STALE_CLAIM_MS;
      if (age > RETENTION_MS || abandoned) {
        await db
          .deleteFrom('idempotency_keys')
          .where('scope', '=', scope)
          .where('key', '=', key)
          .where('created_at', '=', row.created_at)
          .execute();
        continue;
      }
      if (row.method_path !== methodPath || row.body_hash !== bodyHash) {
        throw conflict('IDEMPOTENCY_KEY_REUSED', '该请求标识已用于其他内容');
      }
      if (row.status_code === null || row.response === null) {
        throw conflict('IDEMPOTENCY_IN_PROGRESS', '相同的请求正在处理中，请稍后再试');
      }
      return replay(reply, row.status_code, row.response);
    }
    throw conflict('IDEMPOTENCY_IN_PROGRESS', '相同的请求正在处理中，请稍后再试');
  };

  const onSend: onSendHookHandler = async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    request.idempotencyClaim = undefined;
    try {
      if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
        await db
          .updateTable('idempotency_keys')
          .set({ status_code: reply.statusCode, response: payload })
          .where('scope', '=', claim.scope)
          .where('key', '=', claim.key)
          .execute();
      } else {
        // Failed attempts are not remembered: the client may retry with the same key.
        await db
          .deleteFrom('idempotency_keys')
          .where('scope', '=', claim.scope)
          .where('key', '=', claim.key)
          .execute();
      }
    } catch (err) {
      request.log.error({ err }, 'idempotency: could not store the response');
    }
    return payload;
  };

  // Stored answers may hold personal data: do not keep them past the retention window.
  const purge = async () => {
    const cutoff = new Date(Date.now() - RETENTION_MS).toISOString();
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
    // Runs after the route's own preHandlers, so the caller is already known.
    route.preHandler = [...asArray(route.preHandler), preHandler];
    route.onSend = [...asArray(route.onSend), onSend];
  });
}

function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function replay(reply: FastifyReply, status: number, response: string): FastifyReply {
  return reply
    .status(status)
    .header('idempotent-replay', 'true')
    .type('application/json; charset=utf-8')
    .send(response);
}
