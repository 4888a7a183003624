import type { RouteOptions } from 'fastify';
import { createTestApp, type TestApp } from './support/app';

interface OpenApiDoc {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, OperationDoc>>;
  components: { securitySchemes: Record<string, unknown>; schemas?: Record<string, unknown> };
}
interface OperationDoc {
  tags?: string[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, unknown>;
  security?: unknown[];
}

const routes: RouteOptions[] = [];
let t: TestApp;
let doc: OpenApiDoc;

beforeAll(async () => {
  t = await createTestApp({ onRoute: (r) => routes.push(r) });
  const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(res.statusCode).toBe(200);
  doc = res.json<OpenApiDoc>();
});
afterAll(() => t.close());

/** Every (method, path) registered under /api/v1, HEAD duplicates aside. */
function apiRoutes() {
  return routes
    .flatMap((r) =>
      (Array.isArray(r.method) ? r.method : [r.method]).map((m) => ({ ...r, method: m })),
    )
    .filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD');
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3 with the product title and bearer auth', () => {
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('放心消费 API');
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('lists every /api/v1 route with tags, body schema and responses', () => {
    const list = apiRoutes();
    expect(list.length).toBeGreaterThanOrEqual(9);
    for (const route of list) {
      const path = route.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const op = doc.paths[path]?.[String(route.method).toLowerCase()];
      expect({ route: `${route.method} ${route.url}`, documented: op !== undefined }).toEqual({
        route: `${route.method} ${route.url}`,
        documented: true,
      });
      expect(op.tags?.length).toBeGreaterThan(0);
      expect(Object.keys(op.responses).length).toBeGreaterThan(0);
      if (route.schema?.body) {
        expect(op.requestBody?.content['application/json']?.schema).toBeDefined();
      }
    }
  });

  it('documents no route that does not exist', () => {
    const registered = new Set(
      apiRoutes().map(
        (r) => `${String(r.method).toLowerCase()} ${r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`,
      ),
    );
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        expect(registered).toContain(`${method} ${path}`);
      }
    }
  });

  it('shows the body schema of a route, field by field', () => {
    const schema = doc.paths['/api/v1/event/visits'].post.requestBody?.content['application/json']
      .schema as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties).sort()).toEqual(['channel', 'path', 'source']);
    expect(schema.required.sort()).toEqual(['channel', 'source']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('marks protected routes with bearer security and shares ErrorBody', () => {
    expect(doc.paths['/api/v1/me'].get.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/v1/region'].put.security).toEqual([{ bearer: [] }]);
    expect(doc.components.schemas?.ErrorBody).toBeDefined();
  });

  it('serves Swagger UI at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect([200, 302]).toContain(res.statusCode);
  });
});
