import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '@api/common';
import type { AppConfig } from '../config';
import { forbidden, unauthorized } from './app-error';
import { toAppError } from './errors';

/** What a token carries: the user id and the role at sign-in time. */
export interface TokenPayload {
  sub: string;
  role: Role;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: TokenPayload;
    user: TokenPayload;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler: 401 unless a valid bearer token is sent. */
    authenticate: (request: FastifyRequest) => Promise<void>;
    /** preHandler: record the caller when a valid token is sent, ignore it otherwise. */
    optionalAuth: (request: FastifyRequest) => Promise<void>;
  }
}

export async function registerAuth(app: FastifyInstance, config: AppConfig): Promise<void> {
  await app.register(fastifyJwt, {
    secret: config.jwtSecret,
    // @fastify/jwt reads a number as seconds.
    sign: { algorithm: 'HS256', expiresIn: config.jwtTtlSeconds },
    verify: { algorithms: ['HS256'] },
  });

  app.decorate('authenticate', async (request: FastifyRequest) => {
    if (!request.headers.authorization) throw unauthorized();
    try {
      await request.jwtVerify();
    } catch (err) {
      // Map @fastify/jwt's English errors to ours (expired vs. invalid).
      throw toAppError(err);
    }
  });

  app.decorate('optionalAuth', async (request: FastifyRequest) => {
    if (!request.headers.authorization) return;
    try {
      await request.jwtVerify();
    } catch {
      // A stale token must not block an anonymous action such as counting a visit.
      request.user = undefined as unknown as TokenPayload;
    }
  });
}

/** preHandler list: authenticate, then allow only the given roles (403 otherwise). */
export function requireRole(app: FastifyInstance, ...roles: Role[]) {
  return [
    app.authenticate,
    async (request: FastifyRequest) => {
      if (!roles.includes(request.user.role)) throw forbidden();
    },
  ];
}

/** The signed-in caller, or undefined (for routes with optionalAuth). */
export function callerOf(request: FastifyRequest): TokenPayload | undefined {
  const user = request.user as TokenPayload | null | undefined;
  return user && typeof user.sub === 'string' ? user : undefined;
}
