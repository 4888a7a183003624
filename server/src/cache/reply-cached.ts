import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/schema';
import { stopReadCache, type CacheEntry } from './read-cache';

/** A route plugin that serves cached answers stops its database's cache when the app closes. */
export function stopCacheOnClose(app: FastifyInstance, db: Kysely<Database>): void {
  app.addHook('onClose', async () => stopReadCache(db));
}

/**
 * Answer a cached entry: serialized once (by the route's response schema), a strong ETag from
 * its key, version and content, `no-cache` so clients revalidate, and 304 when they have it.
 */
export function replyCached(
  request: FastifyRequest,
  reply: FastifyReply,
  entry: CacheEntry<unknown>,
): FastifyReply {
  const body = (entry.body ??= serialized(reply, entry.value));
  entry.etag ??= `"${entry.key}-${entry.version}-${contentHash(body)}"`;
  return answer(request, reply, body, entry.etag);
}

/** An answer that is not kept (one person's), still with an ETag so a client can revalidate. */
export function replyWithEtag(
  request: FastifyRequest,
  reply: FastifyReply,
  value: unknown,
): FastifyReply {
  const body = serialized(reply, value);
  return answer(request, reply, body, `"${contentHash(body)}"`);
}

function answer(request: FastifyRequest, reply: FastifyReply, body: string, etag: string) {
  reply.header('etag', etag).header('cache-control', 'no-cache');
  if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(body);
}

/** The route's response schema serializes JSON to a string. */
function serialized(reply: FastifyReply, value: unknown): string {
  return String(reply.serialize(value));
}

function contentHash(body: string): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 16);
}

/** If-None-Match uses the weak comparison: W/"x" matches "x"; * matches anything. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}
