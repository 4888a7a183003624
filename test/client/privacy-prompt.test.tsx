import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { PRIVACY_VERSIONS } from '@/domain/privacy';
import { PageShell } from '@/components/page-shell';
import { askForPrivacy } from '@/features/privacy';
import { resetPrivacyPrompt } from '@/features/privacy/consent-store';
import { session } from '@/services/session';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';

const consumer = {
  token: 'jwt-consumer',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: '01JCONSUMER0000000000000000', role: 'consumer' as const, nickname: '微信用户0001' },
};
const stored = () => JSON.parse(String(taroTest.storage.get('fx.privacy') ?? 'null'));
/** The page the shell is on, as Taro's router reports it. */
function onPage(path: string) {
  jest
    .spyOn(Taro, 'getCurrentInstance')
    .mockReturnValue({ router: { params: {}, path }, page: {} } as never);
}

beforeEach(() => {
  taroTest.reset();
  session.clear();
  resetPrivacyPrompt();
  jest.restoreAllMocks();
});

function renderPage() {
  return render(
    <PageShell>
      <Text>商家列表</Text>
    </PageShell>,
  );
}

describe('WeChat asks before a privacy API (onNeedPrivacyAuthorization)', () => {
  test('the page on screen shows our dialog; 同意 answers agree with the button id', async () => {
    session.save(consumer);
    const api = fakeApi({
      'POST /privacy/consent': ok({
        current: PRIVACY_VERSIONS,
        agreed: {
          privacyVersion: PRIVACY_VERSIONS.privacy,
          termsVersion: PRIVACY_VERSIONS.terms,
          agreedAt: '2026-12-05T02:00:00.000Z',
          channel: 'h5',
        },
        upToDate: true,
      }),
    });
    renderPage();
    expect(screen.queryByRole('dialog')).toBeNull();

    const resolve = jest.fn();
    act(() => askForPrivacy(resolve));
    const dialog = screen.getByRole('dialog', { name: '隐私保护提示' });
    expect(within(dialog).getByText(/这项功能要用到位置、相机或照片/)).toBeTruthy();
    // WeChat is told the dialog was shown, and waits for the answer.
    expect(resolve.mock.calls).toEqual([[{ event: 'exposureAuthorization' }]]);

    fireEvent.click(within(dialog).getByText('同意'));
    expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: 'privacy-agree' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(stored()).toMatchObject(PRIVACY_VERSIONS);
    // Signed in: the agreement is recorded on the server with the versions shown.
    await act(async () => undefined);
    expect(api.calls).toEqual(['POST /privacy/consent']);
    const sent = (Taro.request as unknown as jest.Mock).mock.calls[0][0].data;
    expect(sent).toMatchObject({
      privacyVersion: PRIVACY_VERSIONS.privacy,
      termsVersion: PRIVACY_VERSIONS.terms,
      channel: 'h5',
    });
    expect(stored().syncedUser).toBe(consumer.user.id);
  });

  test("a phone clock the server refuses: the agreement is recorded with the server's time", async () => {
    session.save(consumer);
    const refusedClock = {
      statusCode: 400,
      data: {
        code: 'PRIVACY_CONSENT_INVALID',
        message: '同意时间不能晚于现在',
        fields: { agreedAt: '同意时间不能晚于现在' },
      },
    };
    const recorded = ok({
      current: PRIVACY_VERSIONS,
      agreed: {
        privacyVersion: PRIVACY_VERSIONS.privacy,
        termsVersion: PRIVACY_VERSIONS.terms,
        agreedAt: '2026-12-05T02:00:00.000Z',
        channel: 'h5',
      },
      upToDate: true,
    });
    const api = fakeApi({ 'POST /privacy/consent': [refusedClock, recorded] });
    renderPage();
    act(() => askForPrivacy(jest.fn()));
    fireEvent.click(within(screen.getByRole('dialog')).getByText('同意'));
    await act(async () => undefined);
    await act(async () => undefined);

    expect(api.calls).toEqual(['POST /privacy/consent', 'POST /privacy/consent']);
    const bodies = (Taro.request as unknown as jest.Mock).mock.calls.map((c) => c[0].data);
    expect(bodies[0].agreedAt).toEqual(expect.any(String));
    expect(bodies[1]).not.toHaveProperty('agreedAt', expect.anything());
    expect(stored()).toMatchObject({
      agreedAt: '2026-12-05T02:00:00.000Z',
      syncedUser: consumer.user.id,
    });
  });

  test('staff who must change a one-time password first: nothing is sent until they have', async () => {
    const staff = {
      ...consumer,
      user: { ...consumer.user, role: 'staff' as const, mustChangePassword: true },
    };
    session.save(staff);
    const api = fakeApi({});
    renderPage();
    act(() => askForPrivacy(jest.fn()));
    fireEvent.click(within(screen.getByRole('dialog')).getByText('同意'));
    await act(async () => undefined);
    // The server refuses everything but the password change (403): the agreement waits here.
    expect(api.calls).toEqual([]);
    expect(stored()).toMatchObject(PRIVACY_VERSIONS);
    expect(stored()).not.toHaveProperty('syncedUser');
  });

  test('拒绝 answers disagree, says why, and leaves the page readable', () => {
    renderPage();
    const resolve = jest.fn();
    act(() => askForPrivacy(resolve));
    fireEvent.click(within(screen.getByRole('dialog')).getByText('拒绝'));
    expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' });
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '未同意，暂不能使用该功能' }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('商家列表')).toBeTruthy();
    expect(stored()).toBeNull();
  });

  test('the dialog links to the in-app 隐私政策 and 用户协议', () => {
    renderPage();
    act(() => askForPrivacy(jest.fn()));
    fireEvent.click(screen.getByText('《隐私政策》'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/privacy/pages/policy/index' });
    fireEvent.click(screen.getByText('《用户协议》'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/privacy/pages/terms/index' });
  });
});

describe('first open and new versions (H5 has no WeChat prompt)', () => {
  test('a tab page asks once, in the page flow; 同意 keeps the versions on the device', () => {
    onPage('/pages/index/index');
    renderPage();
    const card = screen.getByRole('region', { name: '隐私保护提示' });
    expect(within(card).getByText('隐私保护提示')).toBeTruthy();
    fireEvent.click(within(card).getByText('同意'));
    expect(screen.queryByRole('region', { name: '隐私保护提示' })).toBeNull();
    expect(stored()).toMatchObject({ ...PRIVACY_VERSIONS, agreedAt: expect.any(String) });
    expect(stored().syncedUser).toBeUndefined();
  });

  test('暂不 hides the card; other pages never show it', () => {
    onPage('/pages/merchants/index');
    const first = renderPage();
    fireEvent.click(screen.getByText('暂不'));
    expect(screen.queryByRole('region', { name: '隐私保护提示' })).toBeNull();
    first.unmount();

    resetPrivacyPrompt();
    onPage('/features/complaints/pages/new/index');
    renderPage();
    expect(screen.queryByRole('region', { name: '隐私保护提示' })).toBeNull();
  });

  test('an agreement to an older version asks again, saying the texts changed', () => {
    taroTest.storage.set(
      'fx.privacy',
      JSON.stringify({
        privacy: '2025-01-01',
        terms: PRIVACY_VERSIONS.terms,
        agreedAt: '2025-01-02T00:00:00.000Z',
      }),
    );
    resetPrivacyPrompt();
    onPage('/pages/me/index');
    renderPage();
    expect(screen.getByText('隐私政策已更新')).toBeTruthy();
  });

  test('the current version agreed: nothing is shown', () => {
    taroTest.storage.set(
      'fx.privacy',
      JSON.stringify({ ...PRIVACY_VERSIONS, agreedAt: '2026-12-02T00:00:00.000Z' }),
    );
    resetPrivacyPrompt();
    onPage('/pages/index/index');
    renderPage();
    expect(screen.queryByText('隐私保护提示')).toBeNull();
  });
});
