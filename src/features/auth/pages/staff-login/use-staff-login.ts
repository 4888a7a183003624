import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { StaffLoginBody } from '@api/auth';
import { useBusy } from '@/hooks/use-busy';
import { staffLogin } from '@/services/auth';
import { ApiError } from '@/services/request';
import { authRoutes } from '../../routes';
import { validateStaffLogin, type StaffLoginErrors } from '../../staff-login-rules';

/** The staff sign-in form: checked once the user starts typing, then sent. */
export function useStaffLogin() {
  const [value, setValue] = useState<StaffLoginBody>({ username: '', password: '' });
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<StaffLoginErrors>({});
  const { busy, whileBusy } = useBusy();
  const errors: StaffLoginErrors = touched ? { ...validateStaffLogin(value), ...serverErrors } : {};

  const change = (patch: Partial<StaffLoginBody>) => {
    setValue((before) => ({ ...before, ...patch }));
    setTouched(true);
  };

  const submit = async () => {
    setTouched(true);
    setServerErrors({});
    if (Object.keys(validateStaffLogin(value)).length) return;
    try {
      const next = await whileBusy(() => staffLogin(value.username.trim(), value.password));
      if (next.user.mustChangePassword) {
        // Nothing else works until the one-time password is changed; redirectTo so that 返回
        // does not lead back to this form with a half-usable session.
        void Taro.redirectTo({ url: authRoutes.changePasswordRequired });
        return;
      }
      void Taro.showToast({ title: '登录成功', icon: 'success' });
      void Taro.switchTab({ url: '/pages/me/index' });
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields) setServerErrors(caught.fields);
    }
  };

  return { value, errors, busy, change, submit };
}
