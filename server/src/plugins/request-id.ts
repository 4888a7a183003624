import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** A random id per request (client-sent ids are not trusted), logged as reqId by pino. */
export const genReqId = (): string => randomUUID();

export function registerRequestIdHeader(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
}
