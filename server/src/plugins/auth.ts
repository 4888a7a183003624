import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Role } from '@api/common';
import type { AppConfig } from '../config';
import type { Database } from '../db/schema';
import { forbidden, unauthorized } from './app-error';
import { toAppError } from './errors';

/**
 * What a token carries: the user id and the role at sign-in time. After authentication,
 * request.user.role is the CURRENT role from the users table (see currentRole), not the claim.
 */
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

export async function registerAuth(
  app: FastifyInstance,
  config: AppConfig,
  db: Kysely<Database>,
): Promise<void> {
  await app.register(fastifyJwt, {
    secret: config.jwtSecret,
    // @fastify/jwt reads a number as seconds.
    sign: { algorithm: 'HS256', expiresIn: config.jwtTtlSeconds },
    verify: { algorithms: ['HS256'] },
  });

  /**
   * The role as it is now: a merchant verified a minute ago, or a staff member demoted, must not
   * act with the role their token was signed with until it expires. One primary-key lookup.
   */
  const currentRole = async (userId: string): Promise<Role | undefined> => {
    const row = await db
      .selectFrom('users')
      .select('role')
      .where('id', '=', userId)
      .executeTakeFirst();
    return row?.role;
  };

  app.decorate('authenticate', async (request: FastifyRequest) => {
    if (!request.headers.authorization) throw unauthorized();
    try {
      await request.jwtVerify();
    } catch (err) {
      // Map @fastify/jwt's English errors to ours (expired vs. invalid).
      throw toAppError(err);
    }
    const role = await currentRole(request.user.sub);
    if (!role) throw unauthorized('USER_NOT_FOUND', '账号不存在，请重新登录');
    request.user = { ...request.user, role };
  });

  app.decorate('optionalAuth', async (request: FastifyRequest) => {
    if (!request.headers.authorization) return;
    try {
      await request.jwtVerify();
      const role = await currentRole(request.user.sub);
      if (!role) throw unauthorized();
      request.user = { ...request.user, role };
    } catch {
      // A stale token (or a user who is gone) must not block an anonymous action such as
      // counting a visit.
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
