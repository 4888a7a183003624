import type { StaffLoginBody } from '@api/auth';
import { ACCOUNT_LIMITS, USERNAME_PATTERN } from '@/domain/account-limits';

const { username: USERNAME, password: PASSWORD } = ACCOUNT_LIMITS;

export type StaffLoginErrors = Partial<Record<keyof StaffLoginBody, string>>;

/** The same limits as the server's StaffLoginBody schema, checked as the user types. */
export function validateStaffLogin({ username, password }: StaffLoginBody): StaffLoginErrors {
  const errors: StaffLoginErrors = {};
  const name = username.trim();
  if (!name) errors.username = '请输入用户名';
  else if (
    name.length < USERNAME.min ||
    name.length > USERNAME.max ||
    !new RegExp(USERNAME_PATTERN).test(name)
  )
    errors.username = `用户名为${USERNAME.min}–${USERNAME.max}位字母、数字或 _ . -`;
  if (!password) errors.password = '请输入密码';
  else if (password.length < PASSWORD.min) errors.password = `密码至少${PASSWORD.min}位`;
  else if (password.length > PASSWORD.max) errors.password = `密码最多${PASSWORD.max}位`;
  return errors;
}
