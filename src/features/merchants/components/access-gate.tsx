import { useState, type PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useSession } from '@/services/session';
import { login } from '@/services/auth';
import './access-gate.scss';

/** Shows its children to signed-in users; asks everyone else to sign in first. */
export function SignInGate({ reason, children }: PropsWithChildren<{ reason: string }>) {
  const current = useSession();
  const [busy, setBusy] = useState(false);
  if (current) return <>{children}</>;

  const signIn = async () => {
    setBusy(true);
    try {
      await login();
    } catch {
      // request() already told the user why.
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="section access-gate">
      <View className="section-title">请先登录</View>
      <Text className="muted">{reason}</Text>
      <Button block type="primary" loading={busy} disabled={busy} onClick={() => void signIn()}>
        {process.env.TARO_ENV === 'weapp' ? '微信登录' : '体验登录'}
      </Button>
    </View>
  );
}

/** Shows its children to staff and admins only. */
export function StaffGate({ children }: PropsWithChildren) {
  const role = useSession()?.user.role;
  if (role === 'staff' || role === 'admin') return <>{children}</>;
  return (
    <View className="section access-gate" role="alert">
      <View className="section-title">仅工作人员可用</View>
      <Text className="muted">
        此功能供市场监管局、消保委工作人员使用，请使用工作人员账号登录后再打开。
      </Text>
      <Button
        block
        type="primary"
        onClick={() => void Taro.navigateTo({ url: '/features/auth/pages/staff-login/index' })}
      >
        工作人员登录
      </Button>
    </View>
  );
}
