import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Role } from '@api/common';
import type { AppConfig } from '../config';
import { forbidden, unauthorized, type AppError } from './app-error';

/**
 * What a token carries: the user id, the role at sign-in time and the account's token version.
 * After authentication, request.user.role is the CURRENT role from the users table, not the claim.
 */
export interface TokenPayload {
  sub: string;
  role: Role;
  /** users.token_version when signed; a password change or reset bumps it (revoking the token). */
  ver?: number;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: TokenPayload;
    user: TokenPayload;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook: 401 unless a valid bearer token is sent. */
    authenticate: (request: FastifyRequest) => Promise<void>;
    /** onRequest hook: record the caller when a valid token is sent, ignore it otherwise. */
    optionalAuth: (request: FastifyRequest) => Promise<void>;
  }
  interface FastifyContextConfig {
    /** Open to a staff account still on its one-time password (change it, read who I am). */
    beforePasswordChange?: boolean;
  }
}

const tokenInvalid = () => unauthorized('TOKEN_INVALID', '登录凭证无效，请重新登录');
const tokenExpired = () => unauthorized('TOKEN_EXPIRED', '登录已过期，请重新登录');
const tokenRevoked = () => unauthorized('TOKEN_REVOKED', '密码已修改，请重新登录');
export const passwordChangeRequired = () =>
  forbidden('PASSWORD_CHANGE_REQUIRED', '请先修改初始密码');

/**
 * Whatever the token is — another algorithm, alg none, not yet valid (nbf), a bad signature,
 * garbage — the caller is told 401; the log keeps the cause (the library's code and message).
 */
function rejectToken(request: FastifyRequest, err: unknown): AppError {
  const e = err as { code?: unknown; message?: unknown };
  const cause = { code: e?.code, message: e?.message };
  request.log.info({ cause }, 'token rejected');
  return e?.code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED' ? tokenExpired() : tokenInvalid();
}

/** What authentication reads about an account on every request. */
export interface AccountState {
  role: Role;
  token_version: number;
  must_change_password: number;
}

export interface AuthOptions {
  config: AppConfig;
  /** The account as it is now, by user id (one primary-key lookup); undefined when gone. */
  findAccount: (userId: string) => Promise<AccountState | undefined>;
}

async function auth(app: FastifyInstance, { config, findAccount }: AuthOptions): Promise<void> {
  await app.register(fastifyJwt, {
    secret: config.jwtSecret,
    // @fastify/jwt reads a number as seconds.
    sign: { algorithm: 'HS256', expiresIn: config.jwtTtlSeconds },
    verify: { algorithms: ['HS256'] },
  });

  /**
   * The caller as the account is now: a merchant verified a minute ago, or a staff member
   * demoted, must not act with the role the token was signed with; a token older than the last
   * password change is revoked.
   */
  const currentCaller = async (request: FastifyRequest): Promise<TokenPayload> => {
    const claims = request.user;
    const row = typeof claims?.sub === 'string' ? await findAccount(claims.sub) : undefined;
    if (!row) throw unauthorized('USER_NOT_FOUND', '账号不存在，请重新登录');
    if ((claims.ver ?? 0) !== row.token_version) throw tokenRevoked();
    if (row.must_change_password === 1 && !request.routeOptions.config.beforePasswordChange) {
      throw passwordChangeRequired();
    }
    return { sub: claims.sub, role: row.role, ver: row.token_version };
  };

  const verify = async (request: FastifyRequest): Promise<void> => {
    try {
      await request.jwtVerify();
    } catch (err) {
      throw rejectToken(request, err);
    }
  };

  app.decorate('authenticate', async (request: FastifyRequest) => {
    if (!request.headers.authorization) throw unauthorized();
    await verify(request);
    request.user = await currentCaller(request);
  });

  app.decorate('optionalAuth', async (request: FastifyRequest) => {
    if (!request.headers.authorization) return;
    try {
      await verify(request);
      request.user = await currentCaller(request);
    } catch {
      // A stale token (or a user who is gone) must not block an anonymous action such as
      // counting a visit.
      request.user = undefined as unknown as TokenPayload;
    }
  });
}

/** JWT sign-in: decorates the app with the authenticate and optionalAuth hooks. */
export const authPlugin = fp(auth, { name: 'auth' });

/** onRequest hooks: authenticate, then allow only the given roles (403 otherwise), before the body is read. */
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
