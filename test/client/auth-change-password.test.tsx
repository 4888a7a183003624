import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Session } from '@api/auth';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import ChangePasswordPage from '@/features/auth/pages/change-password/index';
import { validateChangePassword } from '@/features/auth/change-password-rules';
import { request } from '@/services/request';
import { session } from '@/services/session';

const FORCED = '首次登录须修改一次性密码，修改后才能办理业务';
/** The forced-change explanation, whole (it is laid out in two halves that wrap as wholes). */
const forcedNotice = () =>
  screen.queryAllByRole('note').find((note) => note.textContent?.includes(FORCED)) ?? null;
const ONE_TIME = 'Xy7-one-time-Q';
const NEW = 'my-new-password-42';

const staffSession = (mustChangePassword: boolean, token = 'jwt-one-time'): Session => ({
  token,
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: '01JSTAFF', role: 'staff', nickname: 'zhangsan', mustChangePassword },
});

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

/** The error shown in the form field that holds the named input. */
const errorUnder = (container: HTMLElement, name: string) =>
  container
    .querySelector(`input[name="${name}"]`)
    ?.closest('.form-field')
    ?.querySelector('.form-field__error')?.textContent ?? null;

const fill = async (container: HTMLElement, current: string, next: string, again = next) => {
  await type(container, 'currentPassword', current);
  await type(container, 'newPassword', next);
  await type(container, 'confirmPassword', again);
};

describe('change-password rules (the server ChangePasswordBody)', () => {
  test.each([
    [
      { currentPassword: '', newPassword: '', confirmPassword: '' },
      {
        currentPassword: '请输入当前密码',
        newPassword: '请输入新密码',
        confirmPassword: '请再次输入新密码',
      },
    ],
    [
      { currentPassword: ONE_TIME, newPassword: 'short1', confirmPassword: 'short1' },
      { newPassword: '新密码至少10位，已输入6位' },
    ],
    // Ten code points (the server's JSON Schema counting), although 20 UTF-16 units.
    [
      { currentPassword: ONE_TIME, newPassword: '😀'.repeat(10), confirmPassword: '😀'.repeat(10) },
      {},
    ],
    [
      { currentPassword: ONE_TIME, newPassword: '😀'.repeat(9), confirmPassword: '😀'.repeat(9) },
      { newPassword: '新密码至少10位，已输入9位' },
    ],
    [
      { currentPassword: ONE_TIME, newPassword: 'a'.repeat(129), confirmPassword: 'a'.repeat(129) },
      { newPassword: '新密码最多128位' },
    ],
    [
      { currentPassword: NEW, newPassword: NEW, confirmPassword: NEW },
      { newPassword: '新密码不能与当前密码相同' },
    ],
    [
      { currentPassword: ONE_TIME, newPassword: NEW, confirmPassword: `${NEW}x` },
      { confirmPassword: '两次输入的新密码不一致' },
    ],
    [{ currentPassword: ONE_TIME, newPassword: NEW, confirmPassword: NEW }, {}],
  ])('%j', (input, expected) => {
    expect(validateChangePassword(input)).toEqual(expected);
  });
});

describe('修改密码 page', () => {
  test('the forced first change says why; a later change does not', async () => {
    session.save(staffSession(true));
    fakeApi({ 'GET /me': ok(staffSession(true).user) });
    const { unmount } = render(<ChangePasswordPage />);
    expect(forcedNotice()).not.toBeNull();
    expect(screen.getByText('即管理员发给您的一次性密码')).toBeTruthy();
    unmount();

    session.save(staffSession(false));
    fakeApi({ 'GET /me': ok(staffSession(false).user) });
    render(<ChangePasswordPage />);
    expect(screen.getByText('确认修改')).toBeTruthy();
    expect(forcedNotice()).toBeNull();
  });

  test('sent here by a refused call (?required=1), it says why even before /me answers', () => {
    session.save(staffSession(false));
    taroTest.setRouterParams({ required: '1' });
    fakeApi({});
    render(<ChangePasswordPage />);
    expect(forcedNotice()).not.toBeNull();
  });

  test('checks the rules as the user types and sends nothing invalid', async () => {
    session.save(staffSession(true));
    const api = fakeApi({ 'GET /me': ok(staffSession(true).user) });
    const { container } = render(<ChangePasswordPage />);
    await type(container, 'newPassword', 'abc12');
    await waitFor(() =>
      expect(errorUnder(container, 'newPassword')).toBe('新密码至少10位，已输入5位'),
    );
    // Fields not touched yet stay quiet.
    expect(errorUnder(container, 'currentPassword')).toBeNull();

    await type(container, 'newPassword', NEW);
    await type(container, 'confirmPassword', `${NEW}!`);
    await waitFor(() =>
      expect(errorUnder(container, 'confirmPassword')).toBe('两次输入的新密码不一致'),
    );
    expect(errorUnder(container, 'newPassword')).toBeNull();

    fireEvent.click(screen.getByText('确认修改'));
    await waitFor(() => expect(errorUnder(container, 'currentPassword')).toBe('请输入当前密码'));
    expect(api.calls).toEqual(['GET /me']);
  });

  test("the server's field errors show under their fields", async () => {
    session.save(staffSession(true));
    fakeApi({
      'GET /me': ok(staffSession(true).user),
      'POST /auth/password': [
        {
          statusCode: 400,
          data: {
            code: 'WRONG_PASSWORD',
            message: '当前密码不正确',
            fields: { currentPassword: '当前密码不正确' },
          },
        },
        {
          statusCode: 400,
          data: {
            code: 'VALIDATION_FAILED',
            message: '新密码不符合要求',
            fields: { '/newPassword': '至少10个字符' },
          },
        },
      ],
    });
    const { container } = render(<ChangePasswordPage />);
    await fill(container, 'wrong-one-time', NEW);
    fireEvent.click(screen.getByText('确认修改'));
    await waitFor(() => expect(errorUnder(container, 'currentPassword')).toBe('当前密码不正确'));
    expect(errorUnder(container, 'newPassword')).toBeNull();
    expect(session.token()).toBe('jwt-one-time');

    // Typing again clears the server's verdict on that field.
    await type(container, 'currentPassword', ONE_TIME);
    await waitFor(() => expect(errorUnder(container, 'currentPassword')).toBeNull());
    fireEvent.click(screen.getByText('确认修改'));
    await waitFor(() => expect(errorUnder(container, 'newPassword')).toBe('至少10个字符'));
    expect(Taro.switchTab).not.toHaveBeenCalled();
  });

  test('success saves the new session, goes to 我的 and keeps no password in storage', async () => {
    session.save(staffSession(true));
    const renewed = staffSession(false, 'jwt-after-change');
    const api = fakeApi({
      'GET /me': ok(staffSession(true).user),
      'POST /auth/password': ok(renewed),
    });
    const { container } = render(<ChangePasswordPage />);
    await fill(container, ONE_TIME, NEW);
    fireEvent.click(screen.getByText('确认修改'));

    await waitFor(() => expect(session.token()).toBe('jwt-after-change'));
    expect(session.user()?.mustChangePassword).toBe(false);
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '密码已修改' }));
    expect(api.calls).toEqual(['GET /me', 'POST /auth/password']);
    const sent = (Taro.request as unknown as jest.Mock).mock.calls[1][0];
    expect(sent.data).toEqual({ currentPassword: ONE_TIME, newPassword: NEW });
    expect(sent.header.Authorization).toBe('Bearer jwt-one-time');
    const stored = JSON.stringify([...taroTest.storage.values()]);
    expect(stored).not.toContain(ONE_TIME);
    expect(stored).not.toContain(NEW);
  });

  test('a lost answer says the change may have happened', async () => {
    session.save(staffSession(false));
    fakeApi({
      'GET /me': ok(staffSession(false).user),
      'POST /auth/password': new Error('timeout'),
    });
    const { container } = render(<ChangePasswordPage />);
    await fill(container, ONE_TIME, NEW);
    fireEvent.click(screen.getByText('确认修改'));
    expect(await screen.findByText(/如果刚才已修改成功，请用新密码重新登录/)).toBeTruthy();
    expect(Taro.request).toHaveBeenCalledTimes(2); // not retried
  });

  test('someone who is not staff is shown the staff sign-in', () => {
    fakeApi({});
    render(<ChangePasswordPage />);
    expect(screen.queryByText('确认修改')).toBeNull();
    fireEvent.click(screen.getByText('工作人员登录'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: '/features/auth/pages/staff-login/index',
    });
  });
});

describe('request() and a password change', () => {
  test('403 PASSWORD_CHANGE_REQUIRED opens the change-password page once, however many calls fail', async () => {
    session.save(staffSession(false));
    fakeApi({
      'GET /complaints/queue': fail(403, 'PASSWORD_CHANGE_REQUIRED', '请先修改初始密码'),
      'GET /pledges/review': fail(403, 'PASSWORD_CHANGE_REQUIRED', '请先修改初始密码'),
    });
    const outcomes = await Promise.allSettled([
      request('/complaints/queue'),
      request('/pledges/review'),
      request('/complaints/queue'),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(Taro.redirectTo).toHaveBeenCalledTimes(1);
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: '/features/auth/pages/change-password/index?required=1',
    });
    // The account is still signed in: it is only told to change its password.
    expect(session.token()).toBe('jwt-one-time');
  });

  test('401 TOKEN_REVOKED (password changed elsewhere) signs out, like an expired session', async () => {
    session.save(staffSession(false));
    fakeApi({ 'GET /complaints/queue': fail(401, 'TOKEN_REVOKED', '密码已修改，请重新登录') });
    await expect(request('/complaints/queue')).rejects.toMatchObject({ code: 'TOKEN_REVOKED' });
    expect(session.token()).toBeUndefined();
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '密码已修改，请重新登录' }),
    );
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });
});
