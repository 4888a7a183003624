import { Type, type TSchema } from '@sinclair/typebox';

/** Reference to the shared ErrorBody schema (registered once by the OpenAPI plugin). */
const ErrorRef = Type.Unsafe<{ code: string; message: string; fields?: Record<string, string> }>({
  ...Type.Ref('ErrorBody'),
  description: '错误：{ code, message, fields? }',
});

/** Error responses for a route's schema, e.g. errorResponses(400, 401). */
export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorRef]));
}

/**
 * The same schema with additionalProperties: false on every object, so a body with an unknown
 * field is rejected instead of silently ignored. Contract types stay as they are.
 */
export function closed<T extends TSchema>(schema: T): T {
  return close(schema) as T;
}

function close(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(close);
  if (schema === null || typeof schema !== 'object') return schema;
  const s = schema as Record<string, unknown>;
  const out: Record<string | symbol, unknown> = { ...s };
  if (s.properties && typeof s.properties === 'object') {
    out.properties = Object.fromEntries(
      Object.entries(s.properties as Record<string, unknown>).map(([k, v]) => [k, close(v)]),
    );
  }
  if (s.type === 'object' && s.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  for (const key of ['items', 'anyOf', 'oneOf', 'allOf'] as const) {
    if (s[key] !== undefined) out[key] = close(s[key]);
  }
  return out;
}

/** A 204 answer with no body. */
export const NoContent = Type.Null({ description: '无内容' });
