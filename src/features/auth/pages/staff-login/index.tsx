import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { PageShell } from '@/components/page-shell';
import { CHANGE_PASSWORD_URL, staffLogin } from '@/services/auth';
import { ApiError } from '@/services/request';
import { validateStaffLogin, type StaffLoginErrors } from '../../staff-login-rules';
import './index.scss';

/** Username and password sign-in for bureau and council staff. */
export default function StaffLoginPage() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<StaffLoginErrors>({});
  const [busy, setBusy] = useState(false);
  const errors = touched ? { ...validateStaffLogin({ username, password }), ...serverErrors } : {};

  const submit = async () => {
    setTouched(true);
    setServerErrors({});
    if (Object.keys(validateStaffLogin({ username, password })).length) return;
    setBusy(true);
    try {
      const next = await staffLogin(username.trim(), password);
      if (next.user.mustChangePassword) {
        // Nothing else works until the one-time password is changed; redirectTo so that 返回
        // does not lead back to this form with a half-usable session.
        void Taro.redirectTo({ url: `${CHANGE_PASSWORD_URL}?required=1` });
        return;
      }
      void Taro.showToast({ title: '登录成功', icon: 'success' });
      void Taro.switchTab({ url: '/pages/me/index' });
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields) setServerErrors(caught.fields);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageShell className="staff-login">
      <View className="section">
        <View className="section-title">工作人员登录</View>
        <Text className="muted">账号由管理员创建，首次登录请使用一次性密码。</Text>
        <View className="staff-login__field">
          <Input
            name="username"
            placeholder="用户名"
            value={username}
            onChange={(value) => {
              setUsername(value);
              setTouched(true);
            }}
          />
          {errors.username && <Text className="staff-login__error">{errors.username}</Text>}
        </View>
        <View className="staff-login__field">
          <Input
            name="password"
            type="password"
            placeholder="密码"
            value={password}
            onChange={(value) => {
              setPassword(value);
              setTouched(true);
            }}
          />
          {errors.password && <Text className="staff-login__error">{errors.password}</Text>}
        </View>
        <Button block type="primary" loading={busy} onClick={() => void submit()}>
          登录
        </Button>
      </View>
    </PageShell>
  );
}
