import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { changePassword, fetchMe } from '@/services/auth';
import { serverFieldErrors } from '@/services/form-errors';
import { ApiError } from '@/services/request';
import { session, useSession } from '@/services/session';
import {
  validateChangePassword,
  type ChangePasswordErrors,
  type ChangePasswordForm,
} from '../../change-password-rules';

type Field = keyof ChangePasswordForm;

const EMPTY: ChangePasswordForm = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** What the form says when the change failed for no single field. */
function noticeFor(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return '修改失败，请稍后再试';
  if (error.fields) return undefined;
  // The answer may have been lost after the change: the old password may no longer work.
  if (error.status === 0) return '网络不给力，请稍后重试。如果刚才已修改成功，请用新密码重新登录。';
  return error.message;
}

/**
 * The change-password form. Unlike other forms it keeps NO draft in storage: the draft is the
 * convention so nothing typed is lost, but passwords must never be written to the device.
 */
export function useChangePassword() {
  const current = useSession();
  const user = current?.user;
  const isStaff = user?.role === 'staff' || user?.role === 'admin';
  // Sent here by a refused call (request.ts), or the session says so (first sign-in).
  const { params } = useRouter();
  const forced = Boolean(isStaff && (user?.mustChangePassword || params.required === '1'));

  const [value, setValue] = useState<ChangePasswordForm>(EMPTY);
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<ChangePasswordErrors>({});
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);

  // The saved session may be older than an administrator's reset: ask who I am (always allowed).
  useEffect(() => {
    if (!session.token()) return;
    fetchMe()
      .then((me) => {
        const saved = session.token() && current;
        if (saved && JSON.stringify(me) !== JSON.stringify(saved.user)) {
          session.save({ ...saved, user: me });
        }
      })
      .catch(() => undefined);
    // Once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const rules = validateChangePassword(value);
  const errors: ChangePasswordErrors = {};
  for (const field of Object.keys(EMPTY) as Field[]) {
    const message = serverErrors[field] ?? (touched[field] ? rules[field] : undefined);
    if (message) errors[field] = message;
  }

  const change = (patch: Partial<ChangePasswordForm>) => {
    const fields = Object.keys(patch) as Field[];
    setValue((before) => ({ ...before, ...patch }));
    setTouched((before) => ({ ...before, ...Object.fromEntries(fields.map((f) => [f, true])) }));
    // A server verdict was about the value that was sent; a new value is judged afresh.
    setServerErrors((before) => ({
      ...before,
      ...Object.fromEntries(fields.map((f) => [f, undefined])),
    }));
    setNotice(undefined);
  };

  const submit = async () => {
    setTouched({ currentPassword: true, newPassword: true, confirmPassword: true });
    setServerErrors({});
    setNotice(undefined);
    if (Object.keys(rules).length) return;
    setBusy(true);
    try {
      await changePassword({
        currentPassword: value.currentPassword,
        newPassword: value.newPassword,
      });
      setValue(EMPTY);
      void Taro.showToast({ title: '密码已修改', icon: 'success' });
      void Taro.switchTab({ url: '/pages/me/index' });
    } catch (caught) {
      setServerErrors(serverFieldErrors<Field>(caught));
      setNotice(noticeFor(caught));
    } finally {
      setBusy(false);
    }
  };

  return { user, isStaff, forced, value, errors, notice, busy, change, submit };
}
