import Taro from '@tarojs/taro';
import { login } from './auth';
import { session } from './session';

/**
 * For an action a reader can only take signed in (有用, 收藏, 举报): true when signed in, or once
 * they agreed to sign in now and did; `why` says what signing in is for.
 */
export async function askToSignIn(why: string): Promise<boolean> {
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
