import type { LengthLimit } from './text-length';

/** Staff sign-in and password rules: the auth contract and the staff forms read them here. */
export const ACCOUNT_LIMITS = {
  username: { min: 2, max: 32 },
  password: { min: 8, max: 128 },
  /** A new password is longer than the old minimum. */
  newPassword: { min: 10, max: 128 },
} as const satisfies Record<string, LengthLimit>;

/** Letters, digits and _ . - only. */
export const USERNAME_PATTERN = '^[A-Za-z0-9_.-]+$';
