import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { ChangePasswordBody, DevLoginBody, Session, StaffLoginBody, User } from '@api/auth';
import { recordAudit } from '../../db/audit';
import type { Database } from '../../db/schema';
import { AppError, unauthorized } from '../../plugins/app-error';
import type { TokenPayload } from '../../plugins/auth';
import { INVALID_CODE_ERRCODES, WechatError } from '../../wechat/errors';
import type { WechatClient } from '../../wechat/types';
import { hashPassword, verifyPassword } from './passwords';
import {
  findUserById,
  findUserByUsername,
  setPassword,
  upsertWechatUser,
  type UserRow,
} from './auth-repository';

/** Signs a token and says when it expires (built from app.jwt in auth-routes.ts). */
export type TokenIssuer = (payload: TokenPayload) => { token: string; expiresAt: string };

/** What the sign-in services need: the database, the token issuer and the clock. */
export interface AuthDeps {
  db: Kysely<Database>;
  issue: TokenIssuer;
  now: () => Date;
}

/** The public view of a user: never the openid, session key or password hash. */
export function toUser(row: UserRow): User {
  const user: User = { id: row.id, role: row.role, nickname: row.nickname };
  if (row.username !== null) user.mustChangePassword = row.must_change_password === 1;
  return user;
}

function sessionFor(issue: TokenIssuer, row: UserRow): Session {
  return { ...issue({ sub: row.id, role: row.role, ver: row.token_version }), user: toUser(row) };
}

/** WeChat's errcodes → what the user is told. */
function fromWechat(err: unknown, log: FastifyBaseLogger): AppError {
  if (err instanceof WechatError) {
    if (INVALID_CODE_ERRCODES.includes(err.errcode)) {
      return new AppError(401, 'WECHAT_CODE_INVALID', '登录凭证无效或已过期，请重新进入小程序');
    }
    if (err.errcode === 40226) {
      return new AppError(403, 'WECHAT_USER_BLOCKED', '该微信账号存在安全风险，暂时无法登录');
    }
    if (err.errcode === 45011) {
      return new AppError(429, 'RATE_LIMITED', '操作太频繁，请稍后再试');
    }
  }
  log.error({ err }, 'wechat code2session failed');
  return new AppError(502, 'WECHAT_UNAVAILABLE', '微信服务暂时不可用，请稍后再试');
}

export async function wechatLogin(
  deps: AuthDeps & { wechat: WechatClient; log: FastifyBaseLogger },
  code: string,
): Promise<Session> {
  let wx;
  try {
    wx = await deps.wechat.code2Session(code);
  } catch (err) {
    throw fromWechat(err, deps.log);
  }
  const row = await upsertWechatUser(
    deps.db,
    { openid: wx.openid, unionid: wx.unionid, sessionKey: wx.sessionKey },
    deps.now(),
  );
  return sessionFor(deps.issue, row);
}

/** Development only (no AppID): sign in as any openid. */
export async function devLogin(deps: AuthDeps, body: DevLoginBody): Promise<Session> {
  const row = await upsertWechatUser(
    deps.db,
    { openid: body.openid, sessionKey: null, nickname: body.nickname },
    deps.now(),
  );
  return sessionFor(deps.issue, row);
}

const invalidCredentials = () => new AppError(401, 'INVALID_CREDENTIALS', '用户名或密码错误');

export async function staffLogin(deps: AuthDeps, body: StaffLoginBody): Promise<Session> {
  const row = await findUserByUsername(deps.db, body.username);
  const isStaff = row !== undefined && (row.role === 'staff' || row.role === 'admin');
  // Always run one argon2 verification, user or not: same answer, similar time.
  const ok = await verifyPassword(isStaff ? row.password_hash : null, body.password);
  if (!ok || !isStaff) throw invalidCredentials();
  return sessionFor(deps.issue, row);
}

export async function getMe(db: Kysely<Database>, userId: string): Promise<User> {
  const row = await findUserById(db, userId);
  if (!row) throw unauthorized('USER_NOT_FOUND', '账号不存在，请重新登录');
  return toUser(row);
}

/**
 * A new password for a staff account. Tokens issued before it stop working (on every device), so
 * the answer is a fresh session for the device that made the change.
 */
export async function changePassword(
  deps: AuthDeps,
  userId: string,
  body: ChangePasswordBody,
): Promise<Session> {
  const { db } = deps;
  const row = await findUserById(db, userId);
  if (!row || row.password_hash === null) {
    throw new AppError(403, 'FORBIDDEN', '该账号不使用密码登录');
  }
  if (!(await verifyPassword(row.password_hash, body.currentPassword))) {
    throw new AppError(400, 'WRONG_PASSWORD', '当前密码不正确', {
      currentPassword: '当前密码不正确',
    });
  }
  if (body.newPassword === body.currentPassword) {
    throw new AppError(400, 'PASSWORD_UNCHANGED', '新密码不能与当前密码相同', {
      newPassword: '新密码不能与当前密码相同',
    });
  }
  const passwordHash = await hashPassword(body.newPassword);
  const at = deps.now();
  await db.transaction().execute(async (trx) => {
    await setPassword(trx, row.id, passwordHash, false, at);
    await recordAudit(trx, {
      actorId: row.id,
      action: 'auth.change_password',
      targetType: 'user',
      targetId: row.id,
      at,
    });
  });
  const changed = await findUserById(db, row.id);
  if (!changed) throw unauthorized('USER_NOT_FOUND', '账号不存在，请重新登录');
  return sessionFor(deps.issue, changed);
}
