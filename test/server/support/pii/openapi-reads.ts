/**
 * Every GET operation of the served OpenAPI document, as a list of concrete URLs: each path
 * parameter filled with every id the caller could know, and each query parameter with an enum
 * tried value by value (scope=merchant, status=…), next to the plain URL. Paged answers are
 * followed through nextCursor by the reader. Driven by the document, so a new route is read
 * without editing the scan.
 */
import type { FastifyInstance } from 'fastify';

interface Parameter {
  in: string;
  name: string;
  schema?: { enum?: unknown[]; anyOf?: { const?: unknown; enum?: unknown[] }[]; type?: string };
}
interface OpenApiDoc {
  paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
}

/** The values an enum-like query parameter allows (TypeBox unions of literals, or enum). */
function enumValues(p: Parameter): string[] {
  const s = p.schema ?? {};
  const values =
    s.enum ?? s.anyOf?.flatMap((a) => (a.const !== undefined ? [a.const] : (a.enum ?? [])));
  return (values ?? []).map(String);
}

/** Concrete URLs for one documented GET path. */
export function urlsFor(path: string, parameters: Parameter[], knownIds: string[]): string[] {
  const pathParams = parameters.filter((p) => p.in === 'path').map((p) => p.name);
  let filled = [path];
  for (const name of pathParams) {
    filled = filled.flatMap((url) =>
      knownIds.map((id) => url.replace(`{${name}}`, encodeURIComponent(id))),
    );
  }
  const variants = [''];
  for (const p of parameters.filter((q) => q.in === 'query')) {
    for (const value of enumValues(p)) variants.push(`${p.name}=${encodeURIComponent(value)}`);
  }
  if (parameters.some((q) => q.in === 'query' && q.name === 'limit')) variants.push('limit=50');
  return filled.flatMap((url) => variants.map((q) => (q ? `${url}?${q}` : url)));
}

/** Every GET URL to read, from the served document, and how many operations they cover. */
export async function readableUrls(
  app: FastifyInstance,
  knownIds: string[],
): Promise<{ operations: number; urls: string[] }> {
  const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
  if (res.statusCode !== 200) throw new Error(`OpenAPI document: ${res.statusCode}`);
  const gets = Object.entries(res.json<OpenApiDoc>().paths).flatMap(([path, ops]) =>
    ops.get ? [{ path, parameters: ops.get.parameters ?? [] }] : [],
  );
  return {
    operations: gets.length,
    urls: gets.flatMap((op) => urlsFor(op.path, op.parameters, knownIds)),
  };
}
