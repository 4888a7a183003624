/**
 * One operation + a case number → one hostile request, deterministically (seeded per operation
 * and case). The first cases send a valid-looking request as every kind of caller; the rest pick
 * a mutation (mutations.ts): wrong types, missing and extra fields, huge strings, deep JSON,
 * unicode, injection, odd numbers, malformed JSON, wrong content types, bad ids, cursors, limits,
 * Idempotency-Keys and Authorization headers.
 */
import { CALLER_KINDS, type CallerKind, type Callers } from './callers';
import {
  BODY_KINDS,
  encode,
  hostileText,
  mutateBody,
  mutatePage,
  mutateQuery,
  replaceBody,
  VALUE_KINDS,
  type Draft,
} from './mutations';
import type { Operation } from './openapi';
import { Rng } from './prng';
import { fits, sample, type IdPool } from './sample';
import * as V from './values';

export { encode };

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

export interface FuzzCase extends FuzzRequest {
  operation: string;
  caller: CallerKind;
  kind: string;
}

export interface CaseContext {
  pool: IdPool;
  callers: Callers;
  /** Odd Authorization values (callers.ts oddAuthorizations). */
  oddAuthorizations: string[];
  seed: number;
}

/** A header value as UTF-8 bytes read as latin1: what a client sending UTF-8 puts on the wire. */
const headerText = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

function kindsFor(op: Operation): string[] {
  const kinds = ['auth-header', 'idempotency-key'];
  const hasInput = op.body || op.query.length || op.pathParams.length;
  if (hasInput) kinds.push(...VALUE_KINDS, ...VALUE_KINDS, 'missing', 'extra');
  if (op.pathParams.length) kinds.push('path-id', 'path-id');
  if (op.query.some((q) => q.name === 'cursor' || q.name === 'limit')) kinds.push('page', 'page');
  if (BODY_METHODS.has(op.method)) {
    kinds.push('malformed-json', 'content-type', 'deep-json', 'multipart', 'csv');
    if (op.body) kinds.push('malformed-json', 'deep-json');
  } else {
    kinds.push('body-on-get');
  }
  return kinds;
}

/**
 * A valid-looking request: known ids where they fit, values sampled from the schemas. An
 * operation answering a file (a QR code to render) gets known ids in its baseline cases only:
 * those cover its success path, and rendering on every case would dominate the run.
 */
function baseline(op: Operation, rng: Rng, ctx: CaseContext, isBaseline: boolean): Draft {
  const useKnown = isBaseline || !op.binary;
  const segment = op.path.split('/')[3] ?? '';
  const pathValues: Draft['pathValues'] = {};
  for (const p of op.pathParams) {
    const known = [...ctx.pool.byName(p.name), ...ctx.pool.bySegment(segment)].filter((v) =>
      fits(p.schema, v),
    );
    const text =
      useKnown && known.length && rng.chance(0.85)
        ? rng.pick(known)
        : String(sample(p.schema, rng, ctx.pool, p.name));
    pathValues[p.name] = { text };
  }
  const query: Draft['query'] = [];
  const cursors = ctx.pool.byName('nextCursor');
  for (const q of op.query) {
    if (!q.required && !rng.chance(0.5)) continue;
    // A made-up cursor is a bad cursor: the baseline sends only real ones.
    if (q.name === 'cursor' && !cursors.length) continue;
    const v = q.name === 'cursor' ? rng.pick(cursors) : sample(q.schema, rng, ctx.pool, q.name);
    query.push([encode(q.name), encode(String(v))]);
  }
  return {
    pathValues,
    query,
    body: op.body ? sample(op.body, rng, ctx.pool) : undefined,
    contentType: op.body ? 'application/json' : undefined,
    headers: {},
  };
}

export function generateCase(op: Operation, index: number, ctx: CaseContext): FuzzCase {
  const rng = Rng.of(ctx.seed, op.id, index);
  const caller = CALLER_KINDS[index % CALLER_KINDS.length];
  const kind = index < CALLER_KINDS.length ? 'valid' : rng.pick(kindsFor(op));
  const draft = baseline(op, rng, ctx, kind === 'valid');
  const auth = ctx.callers[caller];
  if (auth) draft.headers.authorization = auth;
  if (op.method === 'POST' && rng.chance(0.3)) {
    draft.headers['idempotency-key'] = `fz-${ctx.seed}-${index}`;
  }

  if (VALUE_KINDS.includes(kind) || kind === 'missing' || kind === 'extra') {
    // Where the value lands: the body (most often), a query parameter or a path id.
    const targets = [
      ...(op.body ? ['body', 'body'] : []),
      ...(op.query.length ? ['query'] : []),
      ...(op.pathParams.length ? ['path'] : []),
    ];
    const target = rng.pick(targets);
    if (target === 'body') mutateBody(draft, op, kind, rng);
    else if (target === 'query') mutateQuery(draft, op, kind, rng);
    else {
      const p = rng.pick(op.pathParams);
      draft.pathValues[p.name] =
        kind === 'missing' ? { raw: '' } : { text: hostileText(kind, rng) };
    }
  } else if (kind === 'path-id') {
    draft.pathValues[rng.pick(op.pathParams).name] = rng.pick(V.BAD_IDS);
  } else if (kind === 'page') {
    mutatePage(draft, op, ctx.pool.byName('nextCursor'), rng);
  } else if (kind === 'idempotency-key') {
    draft.headers['idempotency-key'] = headerText(rng.pick(V.IDEMPOTENCY_KEYS));
  } else if (kind === 'auth-header') {
    draft.headers.authorization = rng.pick(ctx.oddAuthorizations);
  } else if (BODY_KINDS.includes(kind)) {
    replaceBody(draft, op, kind, rng);
  }
  return { operation: op.id, caller, kind, method: op.method, ...toRequest(op, draft) };
}

function toRequest(op: Operation, draft: Draft): Omit<FuzzRequest, 'method'> {
  let url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = draft.pathValues[name];
    return v?.raw ?? encode(v?.text ?? '');
  });
  if (draft.query.length) url += `?${draft.query.map(([k, v]) => `${k}=${v}`).join('&')}`;
  const body = draft.rawBody ?? (draft.body === undefined ? undefined : V.serialise(draft.body));
  const headers = { ...draft.headers };
  if (body !== undefined && draft.contentType) headers['content-type'] = draft.contentType;
  return { url, headers, body };
}
