/** The operations of the served OpenAPI document, as the fuzz needs them ($refs resolved). */

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  default?: unknown;
  $ref?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  /** 'POST /api/v1/complaints/{id}/messages' */
  id: string;
  method: string;
  /** The OpenAPI path template, '/api/v1/complaints/{id}'. */
  path: string;
  pathParams: Parameter[];
  query: Parameter[];
  /** The JSON body schema, when the operation takes one. */
  body?: JsonSchema;
  bodyRequired: boolean;
  secured: boolean;
  /** The success answer is a file (an image), not JSON: nothing in it to harvest. */
  binary: boolean;
}

interface OpenApiDoc {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface RawOperation {
  parameters?: { name: string; in: Parameter['in']; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  security?: unknown[];
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Inline every `#/components/schemas/X` reference (the document has no recursive schemas). */
function resolve(schema: JsonSchema, doc: OpenApiDoc, depth = 0): JsonSchema {
  if (depth > 32) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    return resolve(doc.components?.schemas?.[name] ?? {}, doc, depth + 1);
  }
  const out: JsonSchema = { ...schema };
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (schema[key]) out[key] = schema[key].map((s) => resolve(s, doc, depth + 1));
  }
  if (schema.items) out.items = resolve(schema.items, doc, depth + 1);
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([k, s]) => [k, resolve(s, doc, depth + 1)]),
    );
  }
  return out;
}

export function operationsOf(document: unknown): Operation[] {
  const doc = document as OpenApiDoc;
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const params = (raw.parameters ?? []).map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required ?? p.in === 'path',
        schema: resolve(p.schema ?? {}, doc),
      }));
      const json = raw.requestBody?.content?.['application/json']?.schema;
      ops.push({
        id: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        query: params.filter((p) => p.in === 'query'),
        body: json ? resolve(json, doc) : undefined,
        bodyRequired: raw.requestBody?.required ?? false,
        secured: (raw.security ?? []).length > 0,
        binary: Object.entries(raw.responses ?? {}).some(
          ([status, r]) =>
            status.startsWith('2') &&
            Object.values(r.content ?? {}).some((c) => c.schema?.format === 'binary'),
        ),
      });
    }
  }
  return ops;
}
