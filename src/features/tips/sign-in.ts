import Taro from '@tarojs/taro';
import { login } from '@/services/auth';
import { session } from '@/services/session';

/** True when signed in, or after the user agreed to sign in now; `why` says what it is for. */
export async function ensureSignedIn(why: string): Promise<boolean> {
  if (session.token()) return true;
  const answer = await Taro.showModal({
    title: '请先登录',
    content: why,
    confirmText: '登录',
    cancelText: '以后再说',
  });
  if (!answer.confirm) return false;
  try {
    await login();
    return true;
  } catch {
    return false; // request() has said why
  }
}
