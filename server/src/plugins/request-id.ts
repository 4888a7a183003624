import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** A random id per request (client-sent ids are not trusted), logged as reqId by pino. */
export const genReqId = (): string => randomUUID();

/** Echoes the request id in x-request-id so a user's report can be found in the log. */
export const requestIdPlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });
  },
  { name: 'request-id' },
);
