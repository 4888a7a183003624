import { badRequest } from './plugins/app-error';

/**
 * Opaque keyset cursors: the sort key of the last row of a page, as base64url JSON. Keyset (not
 * offset) so that rows inserted while someone pages never cause duplicates or gaps.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

const invalidCursor = () =>
  badRequest('INVALID_CURSOR', '分页参数无效，请重新加载列表', { cursor: '无效' });

/** The key in a cursor, checked against the shape the list expects (e.g. ['string', 'string']). */
export function decodeCursor<T extends (string | number)[]>(
  cursor: string,
  shape: readonly ('string' | 'number')[],
): T {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (
    !Array.isArray(key) ||
    key.length !== shape.length ||
    key.some((v, i) => typeof v !== shape[i] || (typeof v === 'number' && !Number.isFinite(v)))
  ) {
    throw invalidCursor();
  }
  return key as T;
}

/** limit + 1 rows were fetched: the page, and the cursor of its last row when more follow. */
export function pageOf<R, K extends (string | number)[]>(
  rows: R[],
  limit: number,
  keyOf: (row: R) => K,
): { rows: R[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null };
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: encodeCursor(keyOf(page[page.length - 1])) };
}

/** Which rows a repository reads for one page: those after this key, limit + 1 of them. */
export interface KeysetWindow {
  after?: [string, string];
  limit: number;
}

/**
 * One page of a list in (string, string) key order: the cursor decoded, limit + 1 rows fetched
 * (limit defaults to 20), the page cut.
 */
export async function stringKeysetPage<R>(
  query: { cursor?: string; limit?: number },
  fetch: (window: KeysetWindow) => Promise<R[]>,
  keyOf: (row: R) => [string, string],
): Promise<{ rows: R[]; nextCursor: string | null }> {
  const limit = query.limit ?? 20;
  const after = query.cursor
    ? decodeCursor<[string, string]>(query.cursor, ['string', 'string'])
    : undefined;
  return pageOf(await fetch({ after, limit }), limit, keyOf);
}
