import { Type, type Static } from '@sinclair/typebox';
import { ACCOUNT_LIMITS as LIMITS, USERNAME_PATTERN } from '../../src/domain/account-limits';
import { Role } from './common';

export const User = Type.Object({
  id: Type.String(),
  role: Role,
  nickname: Type.String(),
  /** Staff/admin only: the one-time password from the admin CLI must be changed first. */
  mustChangePassword: Type.Optional(Type.Boolean()),
});
export type User = Static<typeof User>;

export const Session = Type.Object({
  token: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
  user: User,
});
export type Session = Static<typeof Session>;

export const WechatLoginBody = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 128 }),
});
export type WechatLoginBody = Static<typeof WechatLoginBody>;

export const DevLoginBody = Type.Object({
  openid: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }),
  nickname: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
});
export type DevLoginBody = Static<typeof DevLoginBody>;

export const StaffLoginBody = Type.Object({
  username: Type.String({
    minLength: LIMITS.username.min,
    maxLength: LIMITS.username.max,
    pattern: USERNAME_PATTERN,
  }),
  password: Type.String({ minLength: LIMITS.password.min, maxLength: LIMITS.password.max }),
});
export type StaffLoginBody = Static<typeof StaffLoginBody>;

/** Staff/admin changing their own password (e.g. the one-time password from the admin CLI). */
export const ChangePasswordBody = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: LIMITS.password.max }),
  newPassword: Type.String({
    minLength: LIMITS.newPassword.min,
    maxLength: LIMITS.newPassword.max,
  }),
});
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;
