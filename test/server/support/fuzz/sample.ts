/**
 * Valid-looking values from a JSON schema: the baseline every case mutates. Ids and codes the
 * world has seen (IdPool) are used where a field's name matches, so requests reach past the
 * validator into the services.
 */
import type { JsonSchema } from './openapi';
import type { Rng } from './prng';
import { sampleRegex } from './regex-sample';

/** Known values by field name ('merchantId', 'creditCode', …) and by path segment. */
export interface IdPool {
  byName(name: string): string[];
  bySegment(segment: string): string[];
}

const TEXT = '消费者权益保护法规定经营者应当保证商品质量符合要求并如实说明情况以便核查处理';

/** Whether a known value suits a string schema (an id of another kind often does not). */
export function fits(schema: JsonSchema, value: string): boolean {
  if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) return false;
  if (schema.maxLength !== undefined && value.length > schema.maxLength) return false;
  return value.length >= (schema.minLength ?? 0);
}

function sampleString(schema: JsonSchema, rng: Rng, name: string, pool: IdPool): string {
  const known = pool.byName(name).filter((v) => fits(schema, v));
  if (known.length && rng.chance(0.8)) return rng.pick(known);
  if (schema.format === 'date') return `2026-0${rng.int(1, 9)}-1${rng.int(0, 9)}`;
  if (schema.format === 'date-time')
    return new Date(Date.UTC(2026, 8, rng.int(1, 28))).toISOString();
  if (schema.format === 'uri') return 'https://example.com/a';
  if (schema.pattern) {
    const text = sampleRegex(schema.pattern, rng);
    // A pattern with an unbounded repeat may go past maxLength: cut (and accept a 400).
    return schema.maxLength ? text.slice(0, schema.maxLength) : text;
  }
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 40, Math.max(min, 40));
  const length = rng.int(Math.max(min, Math.min(2, max)), max);
  let out = '';
  while (out.length < length) out += TEXT.slice(rng.int(0, TEXT.length - 1));
  return out.slice(0, length);
}

function sampleNumber(schema: JsonSchema, rng: Rng, integer: boolean): number {
  const lo = schema.minimum ?? (schema.exclusiveMinimum ?? -1) + 1;
  const hi = Math.min(schema.maximum ?? lo + 100, lo + 1000);
  if (integer) return rng.int(Math.ceil(lo), Math.floor(hi));
  // Whole numbers: ajv checks multipleOf 0.01 in floating point (19.99 fails, 19 passes).
  if (schema.multipleOf) return Math.round(lo + rng.next() * (hi - lo));
  return lo + rng.next() * (hi - lo);
}

export function sample(schema: JsonSchema, rng: Rng, pool: IdPool, name = '', depth = 0): unknown {
  if (depth > 8) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return rng.pick(schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches?.length) return sample(rng.pick(branches), rng, pool, name, depth + 1);
  if (schema.allOf?.length) return sample(schema.allOf[0], rng, pool, name, depth + 1);
  const type = Array.isArray(schema.type) ? rng.pick(schema.type) : schema.type;
  switch (type) {
    case 'string':
      return sampleString(schema, rng, name, pool);
    case 'integer':
      return sampleNumber(schema, rng, true);
    case 'number':
      return sampleNumber(schema, rng, false);
    case 'boolean':
      return rng.chance(0.5);
    case 'null':
      return null;
    case 'array': {
      const min = schema.minItems ?? 0;
      const n = rng.int(min, Math.max(min, Math.min(schema.maxItems ?? 3, 3)));
      const items = Array.from({ length: n }, () =>
        sample(schema.items ?? {}, rng, pool, singular(name), depth + 1),
      );
      return schema.uniqueItems
        ? [...new Set(items.map((i) => JSON.stringify(i)))].map((s) => JSON.parse(s))
        : items;
    }
    default: {
      if (!schema.properties) return type === 'object' ? {} : 'x';
      const out: Record<string, unknown> = {};
      const required = new Set(schema.required ?? []);
      for (const [key, sub] of Object.entries(schema.properties)) {
        if (required.has(key) || rng.chance(0.6)) out[key] = sample(sub, rng, pool, key, depth + 1);
      }
      return out;
    }
  }
}

/** 'evidence' items are upload ids, 'kinds' items a kind: the pool is looked up by the field. */
const singular = (name: string) => (name === 'evidence' ? 'uploadId' : name);
