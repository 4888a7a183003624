import type { FastifyRequest, FastifySchema } from 'fastify';

/** An onRequest check of the caller: app.authenticate, or requireRole(app, …). */
type CallerCheck = (request: FastifyRequest) => Promise<void>;

/**
 * The route options every signed-in route repeats: the caller check, and in its OpenAPI schema
 * the feature's tag and the bearer security.
 */
export function signedIn<S extends FastifySchema>(
  onRequest: CallerCheck | CallerCheck[],
  tag: string,
  schema: S,
) {
  return { onRequest, schema: { tags: [tag], security: [{ bearer: [] }], ...schema } };
}
