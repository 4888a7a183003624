import type { StaffLoginBody } from '@api/auth';

export type StaffLoginErrors = Partial<Record<keyof StaffLoginBody, string>>;

/** The same limits as the server's StaffLoginBody schema, checked as the user types. */
export function validateStaffLogin({ username, password }: StaffLoginBody): StaffLoginErrors {
  const errors: StaffLoginErrors = {};
  const name = username.trim();
  if (!name) errors.username = '请输入用户名';
  else if (!/^[A-Za-z0-9_.-]{2,32}$/.test(name))
    errors.username = '用户名为2–32位字母、数字或 _ . -';
  if (!password) errors.password = '请输入密码';
  else if (password.length < 8) errors.password = '密码至少8位';
  else if (password.length > 128) errors.password = '密码最多128位';
  return errors;
}
