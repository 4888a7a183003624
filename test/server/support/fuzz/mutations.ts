/**
 * The mutations a case applies to its valid-looking draft: one value in the body, the query or
 * the path made hostile; a field dropped or added; or the whole body replaced (malformed JSON,
 * another content type, deep nesting, multipart, CSV).
 */
import type { Operation } from './openapi';
import type { Rng } from './prng';
import * as B from './bodies';
import * as V from './values';

type Json = unknown;
export type QueryPair = [string, string];

/** A request before it is put on the wire. */
export interface Draft {
  pathValues: Record<string, { raw?: string; text?: string }>;
  query: QueryPair[];
  body: Json;
  rawBody?: string | Buffer;
  contentType?: string;
  headers: Record<string, string>;
}

/** Percent-encode the UTF-8 bytes (lone surrogates become U+FFFD, never a URIError). */
export function encode(text: string): string {
  let out = '';
  for (const b of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Every node of a JSON value, as a path of keys (the root is []). */
function nodePaths(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (path.length > 6) return out;
  if (Array.isArray(value)) value.forEach((v, i) => nodePaths(v, [...path, i], out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nodePaths(v, [...path, k], out);
  }
  return out;
}

function setAt(root: Json, path: (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]] = value;
  return copy;
}

function deleteAt(root: Json, path: (string | number)[]): Json {
  if (path.length === 0) return undefined;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
  return copy;
}

const WRONG_TYPES: Json[] = [0, -1, 1.5, true, false, null, 'x', '', [], [1, 'a'], {}, { a: 1 }];

/** A replacement value for one mutation kind (JSON side). */
function hostileValue(kind: string, rng: Rng): Json {
  switch (kind) {
    case 'wrong-type':
      return rng.pick(WRONG_TYPES);
    case 'long-string':
      return rng.pick(V.hugeStrings());
    case 'unicode':
      return rng.chance(0.3)
        ? rng.pick(V.UNICODE_STRINGS).repeat(rng.int(2, 50))
        : `名${rng.pick(V.UNICODE_STRINGS)}称`;
    case 'injection':
      return rng.pick(V.INJECTION_STRINGS);
    default: {
      const r = rng.int(0, 2);
      if (r === 0) return rng.pick(V.NASTY_NUMBERS);
      if (r === 1) return rng.pick(V.NUMBERISH_STRINGS);
      return V.rawToken(rng.pick(V.RAW_NUMBER_TOKENS));
    }
  }
}

/** The same kinds as text (query values, path ids). */
export function hostileText(kind: string, rng: Rng): string {
  if (kind === 'long-string') return rng.pick(V.hugeStrings()).slice(0, rng.pick([2000, 20000]));
  if (kind === 'unicode') return rng.pick(V.UNICODE_STRINGS);
  if (kind === 'injection') return rng.pick(V.INJECTION_STRINGS);
  return rng.pick(V.NUMBERISH_STRINGS.concat(V.NASTY_NUMBERS.map(String)));
}

export const VALUE_KINDS = ['wrong-type', 'long-string', 'unicode', 'injection', 'number'];

const nodeAt = (root: Json, path: (string | number)[]) =>
  path.reduce<Json>((n, k) => (n as Record<string | number, Json>)[k], root);

/** wrong-type, long-string, unicode, injection, number, missing or extra, in the body. */
export function mutateBody(draft: Draft, op: Operation, kind: string, rng: Rng): void {
  const paths = nodePaths(draft.body);
  const path = rng.pick(paths);
  if (kind === 'missing') {
    const top = rng.pick(Object.keys(op.body?.properties ?? { x: 1 }));
    draft.body = deleteAt(draft.body, path.length ? path : [top]);
  } else if (kind === 'extra') {
    const objects = paths.filter((p) => {
      const node = nodeAt(draft.body, p);
      return node && typeof node === 'object' && !Array.isArray(node);
    });
    const at = objects.length ? rng.pick(objects) : [];
    const copy = { ...(nodeAt(draft.body, at) as object) };
    // JSON.stringify drops a __proto__ key set by assignment: define it as an own property.
    Object.defineProperty(copy, rng.pick(V.EXTRA_KEYS), {
      value: rng.pick<Json>([true, 'admin', { admin: true }, [1], null]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    draft.body = at.length ? setAt(draft.body, at, copy) : copy;
  } else {
    draft.body = setAt(draft.body, path, hostileValue(kind, rng));
  }
}

/** The same kinds on one query parameter: repeated, bracketed, dropped, unknown or hostile. */
export function mutateQuery(draft: Draft, op: Operation, kind: string, rng: Rng): void {
  const name = encode(rng.pick(op.query).name);
  draft.query = draft.query.filter(([k]) => k !== name);
  if (kind === 'missing') return;
  if (kind === 'extra') {
    draft.query.push(
      rng.pick<QueryPair>([
        ['__proto__', 'x'],
        ['constructor%5Bprototype%5D%5Ba%5D', '1'],
        ['__proto__%5Badmin%5D', 'true'],
        [encode('未知'), 'x'],
        ['a'.repeat(500), 'b'],
      ]),
    );
  } else if (kind === 'wrong-type') {
    draft.query.push(
      ...rng.pick<QueryPair[]>([
        [
          [name, 'a'],
          [name, 'b'],
        ],
        [[`${name}%5B%5D`, '1']],
        [[`${name}%5Ba%5D`, '1']],
        [[name, '']],
      ]),
    );
  } else draft.query.push([name, encode(hostileText(kind, rng))]);
}

/** Bad cursors (garbage, wrong shapes, real ones damaged) and bad limits. */
export function mutatePage(draft: Draft, op: Operation, cursors: string[], rng: Rng): void {
  const name = rng.pick(op.query.filter((q) => q.name === 'cursor' || q.name === 'limit')).name;
  draft.query = draft.query.filter(([k]) => k !== name);
  const value =
    name === 'limit'
      ? rng.pick(V.BAD_LIMITS)
      : cursors.length && rng.chance(0.3)
        ? mangle(rng.pick(cursors), rng)
        : rng.pick(V.badCursors());
  draft.query.push([name, encode(value)]);
}

/** Kinds that replace the whole body. */
export const BODY_KINDS = [
  'malformed-json',
  'content-type',
  'deep-json',
  'multipart',
  'csv',
  'body-on-get',
];

export function replaceBody(draft: Draft, op: Operation, kind: string, rng: Rng): void {
  if (kind === 'malformed-json') {
    draft.rawBody =
      draft.body !== undefined && rng.chance(0.3)
        ? V.serialise(draft.body).slice(0, -1)
        : rng.pick(B.MALFORMED_JSON);
    draft.contentType = 'application/json';
  } else if (kind === 'content-type') {
    draft.contentType = rng.pick(B.CONTENT_TYPES);
    draft.rawBody = draft.body === undefined ? 'a=1&b=2' : V.serialise(draft.body);
  } else if (kind === 'deep-json') {
    const depth = rng.pick([64, 1000, 10000, 100000]);
    const deep = B.deepJsonText(depth, rng.pick(['array', 'object', 'mixed'] as const));
    const fields = Object.keys(op.body?.properties ?? {});
    draft.rawBody = fields.length && rng.chance(0.5) ? `{"${rng.pick(fields)}":${deep}}` : deep;
    draft.contentType = 'application/json';
  } else if (kind === 'multipart') {
    const mp = rng.pick(B.multipartBodies());
    draft.rawBody = mp.body;
    draft.contentType = mp.type;
  } else if (kind === 'csv') {
    draft.rawBody = rng.pick(B.CSV_BODIES);
    draft.contentType = rng.pick(['text/csv', 'text/csv; charset=gbk', 'text/csv; charset=utf-8']);
  } else if (kind === 'body-on-get') {
    draft.rawBody = rng.pick(['{"a":1}', '{', B.deepJsonText(1000, 'array')]);
    draft.contentType = rng.pick(['application/json', 'text/plain']);
  }
}

/** A real cursor, damaged: truncated, a character changed, or padded. */
function mangle(cursor: string, rng: Rng): string {
  const at = rng.int(0, Math.max(0, cursor.length - 1));
  return rng.pick([
    cursor.slice(0, at),
    `${cursor.slice(0, at)}${rng.pick(['A', '_', '-', '=', '!', '投'])}${cursor.slice(at + 1)}`,
    `${cursor}${cursor}`,
    `${cursor}==`,
  ]);
}
