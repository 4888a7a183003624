import Taro from '@tarojs/taro';
import type { ChangePasswordBody, Session, User } from '@api/auth';
import { request } from './request';

import { session } from './session';
import { storage } from './storage';

const DEV_OPENID_KEY = 'fx.dev-openid';

/** A stable per-browser identity for the H5 preview, where WeChat login does not exist. */
function devOpenid(): string {
  let openid = storage.get<string>(DEV_OPENID_KEY);
  if (!openid) {
    openid = `h5-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    storage.set(DEV_OPENID_KEY, openid);
  }
  return openid;
}

/** WeChat login in the mini-program; the dev login (where the server allows it) in H5. */
export async function login(): Promise<Session> {
  const next =
    process.env.TARO_ENV === 'weapp'
      ? await request<Session>('/auth/wechat', {
          method: 'POST',
          data: { code: (await Taro.login()).code },
        })
      : await request<Session>('/auth/dev', { method: 'POST', data: { openid: devOpenid() } });
  session.save(next);
  return next;
}

export async function staffLogin(username: string, password: string): Promise<Session> {
  const next = await request<Session>('/auth/staff', {
    method: 'POST',
    data: { username, password },
    retries: 0,
  });
  session.save(next);
  return next;
}

/**
 * A new password for the signed-in staff member. The server revokes every earlier token and
 * answers with a fresh session, which replaces the saved one. Not retried: the route keeps no
 * Idempotency-Key, and a repeat after a lost answer would be refused (the old token is revoked).
 */
export async function changePassword(body: ChangePasswordBody): Promise<Session> {
  const next = await request<Session>('/auth/password', {
    method: 'POST',
    data: body,
    retries: 0,
  });
  session.save(next);
  return next;
}

export const fetchMe = () => request<User>('/me', { toast: false });

export function logout(): void {
  session.clear();
}

export const ROLE_LABELS: Record<User['role'], string> = {
  consumer: '消费者',
  merchant: '商家',
  staff: '工作人员',
  admin: '管理员',
};
