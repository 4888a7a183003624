import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi } from './support/api-fake';
import StaffLoginPage from '@/features/auth/pages/staff-login/index';
import { validateStaffLogin } from '@/features/auth/staff-login-rules';
import { session } from '@/services/session';

beforeEach(() => {
  taroTest.reset();
  session.clear();
});

/** Taro's <Input> renders its native input a tick later (a web component); wait for it. */
const type = async (container: HTMLElement, name: string, value: string) => {
  const input = await waitFor(() => {
    const found = container.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!found) throw new Error(`no input ${name}`);
    return found;
  });
  fireEvent.input(input, { target: { value } });
};

describe('工作人员登录', () => {
  test.each([
    [
      { username: '', password: '' },
      { username: '请输入用户名', password: '请输入密码' },
    ],
    [
      { username: 'a', password: 'short' },
      { username: '用户名为2–32位字母、数字或 _ . -', password: '密码至少8位' },
    ],
    [{ username: 'zhang.san', password: 'correct horse' }, {}],
  ])('rules %j', (input, expected) => {
    expect(validateStaffLogin(input)).toEqual(expected);
  });

  test('does not send an invalid form and shows why as the user types', async () => {
    const api = fakeApi({});
    const { container } = render(<StaffLoginPage />);
    await type(container, 'username', 'x');
    expect(await screen.findByText('用户名为2–32位字母、数字或 _ . -')).toBeTruthy();
    fireEvent.click(screen.getByText('登录'));
    expect(api.calls).toEqual([]);
  });

  test('signs in and returns to 我的', async () => {
    const staff = {
      token: 'jwt-staff',
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      user: { id: '01JSTAFF', role: 'staff', nickname: 'zhangsan' },
    };
    fakeApi({ 'POST /auth/staff': { statusCode: 200, data: staff } });
    const { container } = render(<StaffLoginPage />);
    await type(container, 'username', 'zhangsan');
    await type(container, 'password', 'one-time-pass-123');
    fireEvent.click(screen.getByText('登录'));
    await waitFor(() => expect(session.user()?.role).toBe('staff'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
  });

  test('a first sign-in with the one-time password goes straight to changing it', async () => {
    const staff = {
      token: 'jwt-one-time',
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      user: { id: '01JSTAFF', role: 'staff', nickname: 'zhangsan', mustChangePassword: true },
    };
    fakeApi({ 'POST /auth/staff': { statusCode: 200, data: staff } });
    const { container } = render(<StaffLoginPage />);
    await type(container, 'username', 'zhangsan');
    await type(container, 'password', 'one-time-pass-123');
    fireEvent.click(screen.getByText('登录'));
    // redirectTo, not navigateTo: 返回 must not lead back to the sign-in form.
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: '/features/auth/pages/change-password/index?required=1',
      }),
    );
    expect(session.user()?.mustChangePassword).toBe(true);
    expect(Taro.switchTab).not.toHaveBeenCalled();
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });
});
