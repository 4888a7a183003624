import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/schema';
import { COMPRESS_THRESHOLD_BYTES } from '../plugins/compression';
import { stopReadCache, type CacheEntry } from './read-cache';

/** A route plugin that serves cached answers stops its database's cache when the app closes. */
export function stopCacheOnClose(app: FastifyInstance, db: Kysely<Database>): void {
  app.addHook('onClose', async () => stopReadCache(db));
}

type Encoding = 'br' | 'gzip';

/** The compressed forms of one body, each made on first use. */
export type CompressedForms = Partial<Record<Encoding, Buffer>>;

/** Compressed forms of a cached body, made once (the compression plugin would redo it each time). */
const compressed = new WeakMap<CacheEntry<unknown>, CompressedForms>();

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Answer a cached entry: serialized once (by the route's response schema) and compressed once,
 * a strong ETag from its key, version and content (and encoding), `no-cache` so clients
 * revalidate, and 304 when they have it.
 */
export function replyCached(
  request: FastifyRequest,
  reply: FastifyReply,
  entry: CacheEntry<unknown>,
): FastifyReply {
  // Bytes, not a string: a hot answer is encoded to UTF-8 once, not on every request.
  const body = (entry.body ??= Buffer.from(serialized(reply, entry.value)));
  const etag = (entry.etag ??= `"${entry.key}-${entry.version}-${contentHash(body)}"`);
  const forms = compressed.get(entry) ?? {};
  compressed.set(entry, forms);
  return replyBytes(request, reply, { body, etag, type: JSON_TYPE, forms });
}

/**
 * Send bytes that many requests share: compressed (br, else gzip, as Accept-Encoding allows)
 * once into `forms`, an ETag per encoding, `no-cache` so clients revalidate, 304 when they have it.
 */
export function replyBytes(
  request: FastifyRequest,
  reply: FastifyReply,
  { body, etag, type, forms }: { body: Buffer; etag: string; type: string; forms: CompressedForms },
): FastifyReply {
  if (body.length < COMPRESS_THRESHOLD_BYTES) return answer(request, reply, body, etag, type);
  reply.header('vary', 'accept-encoding');
  const encoding = accepted(request);
  if (!encoding) return answer(request, reply, body, etag, type);
  forms[encoding] ??= encoding === 'br' ? brotli(body) : gzipSync(body, { level: 9 });
  reply.header('content-encoding', encoding);
  return answer(request, reply, forms[encoding], `${etag.slice(0, -1)}-${encoding}"`, type);
}

/** An answer that is not kept (one person's), still with an ETag so a client can revalidate. */
export function replyWithEtag(
  request: FastifyRequest,
  reply: FastifyReply,
  value: unknown,
): FastifyReply {
  const body = serialized(reply, value);
  return answer(request, reply, body, `"${contentHash(body)}"`, JSON_TYPE);
}

function answer(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string | Buffer,
  etag: string,
  type: string,
): FastifyReply {
  reply.header('etag', etag).header('cache-control', 'no-cache');
  if (matches(request.headers['if-none-match'], etag)) {
    return reply.removeHeader('content-encoding').code(304).send();
  }
  return reply.type(type).send(body);
}

/** The route's response schema serializes JSON to a string. */
function serialized(reply: FastifyReply, value: unknown): string {
  return String(reply.serialize(value));
}

export function contentHash(body: string | Buffer): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 16);
}

const brotli = (body: Buffer) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });

/** br, else gzip, as Accept-Encoding allows (q=0 refuses one). */
function accepted(request: FastifyRequest): Encoding | undefined {
  const header = request.headers['accept-encoding'];
  if (!header) return undefined;
  const allowed = new Set(
    header
      .split(',')
      .map((part) => part.split(';').map((s) => s.trim()))
      .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q))
      .map(([name]) => name.toLowerCase()),
  );
  if (allowed.has('br')) return 'br';
  return allowed.has('gzip') ? 'gzip' : undefined;
}

/**
 * If-None-Match uses the weak comparison: W/"x" matches "x"; * matches anything; the same
 * content in another encoding ("x-br", "x-gzip") matches too.
 */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const base = (tag: string) => tag.replace(/^W\//, '').replace(/-(br|gzip)"$/, '"');
  return header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || base(tag) === base(etag));
}
