import type { ChangePasswordBody } from '@api/auth';
import { ACCOUNT_LIMITS } from '@/domain/account-limits';

export interface ChangePasswordForm extends ChangePasswordBody {
  /** Typed twice so a slip of the finger does not lock the account out. */
  confirmPassword: string;
}

export type ChangePasswordErrors = Partial<Record<keyof ChangePasswordForm, string>>;

/** The contract's ChangePasswordBody limits (newPassword 10–128, currentPassword ≤ 128). */
export const NEW_PASSWORD_MIN = ACCOUNT_LIMITS.newPassword.min;
export const PASSWORD_MAX = ACCOUNT_LIMITS.password.max;

/** JSON Schema's minLength/maxLength count code points, not UTF-16 units. */
const lengthOf = (text: string) => [...text].length;

/** The same rules as the server's ChangePasswordBody (and its "not the same" check), as typed. */
export function validateChangePassword({
  currentPassword,
  newPassword,
  confirmPassword,
}: ChangePasswordForm): ChangePasswordErrors {
  const errors: ChangePasswordErrors = {};
  if (!currentPassword) errors.currentPassword = '请输入当前密码';
  else if (lengthOf(currentPassword) > PASSWORD_MAX)
    errors.currentPassword = `密码最多${PASSWORD_MAX}位`;

  const length = lengthOf(newPassword);
  if (!newPassword) errors.newPassword = '请输入新密码';
  else if (length < NEW_PASSWORD_MIN)
    errors.newPassword = `新密码至少${NEW_PASSWORD_MIN}位，已输入${length}位`;
  else if (length > PASSWORD_MAX) errors.newPassword = `新密码最多${PASSWORD_MAX}位`;
  else if (newPassword === currentPassword) errors.newPassword = '新密码不能与当前密码相同';

  if (!confirmPassword) errors.confirmPassword = '请再次输入新密码';
  else if (confirmPassword !== newPassword) errors.confirmPassword = '两次输入的新密码不一致';
  return errors;
}
