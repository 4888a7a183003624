import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import MePage from '@/pages/me/index';
import { session } from '@/services/session';
import { setPrefs } from '@/services/prefs';
import { PRIVACY_VERSIONS } from '@/domain/privacy';
import { resetPrivacyPrompt } from '@/features/privacy/consent-store';

const consumerSession = {
  token: 'jwt-consumer',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: '01JCONSUMER0000000000000000', role: 'consumer' as const, nickname: '微信用户0001' },
};

beforeEach(() => {
  taroTest.reset();
  session.clear();
  setPrefs({ largeText: false });
  resetPrivacyPrompt();
});

const pageRoot = (container: HTMLElement) => container.querySelector('.page') as HTMLElement;

describe('我的', () => {
  test('signed out: offers login; the H5 build uses the dev login and shows the role', async () => {
    const api = fakeApi({ 'POST /auth/dev': { statusCode: 200, data: consumerSession } });
    render(<MePage />);
    expect(screen.getByText('未登录')).toBeTruthy();

    fireEvent.click(screen.getByText('体验登录'));
    expect(await screen.findByText('微信用户0001')).toBeTruthy();
    expect(screen.getByText('消费者')).toBeTruthy();
    // Signed in: 我的 asks what this account agreed to (隐私政策, 用户协议).
    expect(api.calls).toEqual(['POST /auth/dev', 'GET /privacy/consent']);
    const body = (Taro.request as unknown as jest.Mock).mock.calls[0][0].data as { openid: string };
    expect(body.openid).toMatch(/^h5-/);
    expect(session.token()).toBe('jwt-consumer');
  });

  test('refreshes the role from /me when shown (e.g. after verification as a merchant)', async () => {
    session.save(consumerSession);
    fakeApi({ 'GET /me': ok({ ...consumerSession.user, role: 'merchant' }) });
    render(<MePage />);
    expect(screen.getByText('消费者')).toBeTruthy();
    act(() => taroTest.didShow());
    expect(await screen.findByText('商家')).toBeTruthy();
  });

  test('logging out forgets the session', async () => {
    session.save(consumerSession);
    render(<MePage />);
    fireEvent.click(screen.getByText('退出登录'));
    expect(await screen.findByText('未登录')).toBeTruthy();
    expect(taroTest.storage.has('fx.session')).toBe(false);
  });

  test('large-text mode switches on, persists in storage and applies to the page', () => {
    const { container, unmount } = render(<MePage />);
    expect(pageRoot(container).className).not.toContain('large-text');

    const toggle = screen.getByRole('switch', { name: '大字模式' });
    fireEvent.click(toggle);
    expect(pageRoot(container).className).toContain('large-text');
    expect(JSON.parse(taroTest.storage.get('fx.prefs') as string)).toEqual({ largeText: true });

    unmount();
    const again = render(<MePage />);
    expect(pageRoot(again.container).className).toContain('large-text');
  });

  test('staff login entry opens the auth subpackage', () => {
    render(<MePage />);
    fireEvent.click(screen.getByText('工作人员登录'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/auth/pages/staff-login/index' });
  });
});

describe('我的 entries by role', () => {
  test('consumers and merchants see 商家入驻 and 我的商家; staff see their queues', () => {
    const { unmount } = render(<MePage />);
    fireEvent.click(screen.getByText('商家入驻'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/merchants/pages/register/index',
    });
    expect(screen.queryByText('商家核验')).toBeNull();
    expect(screen.getByText('我的投诉')).toBeTruthy();
    expect(screen.queryByText('收到的投诉')).toBeNull(); // merchants only
    unmount();

    session.save({ ...consumerSession, user: { ...consumerSession.user, role: 'merchant' } });
    const merchant = render(<MePage />);
    fireEvent.click(screen.getByText('收到的投诉'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/complaints/pages/merchant/index',
    });
    merchant.unmount();

    session.save({ ...consumerSession, user: { ...consumerSession.user, role: 'staff' } });
    render(<MePage />);
    expect(screen.getByText('商家核验')).toBeTruthy();
    expect(screen.getByText('示范单位审核')).toBeTruthy();
    expect(screen.getByText('导入商家名录')).toBeTruthy();
    expect(screen.getByText('承诺核验')).toBeTruthy();
    fireEvent.click(screen.getByText('投诉处理'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/complaints/pages/queue/index' });
    expect(screen.queryByText('商家入驻')).toBeNull();
  });
});

describe('我的 entries for 消费提示 (issue 14)', () => {
  const staffOnly = ['提示管理', '投稿审核', '投稿举报', '提示数据'];

  test('consumers (and visitors) get 我的收藏 and 我的投稿, none of the staff work', () => {
    render(<MePage />);
    fireEvent.click(screen.getByText('我的收藏'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/favorites/pages/index/index',
    });
    fireEvent.click(screen.getByText('我的投稿'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/tips/pages/mine/index' });
    for (const title of staffOnly) expect(screen.queryByText(title)).toBeNull();
  });

  test('staff get 提示管理, 投稿审核, 投稿举报, 提示数据 next to their queues, and 我的收藏', () => {
    session.save({ ...consumerSession, user: { ...consumerSession.user, role: 'staff' } });
    render(<MePage />);
    const opened = (title: string) => {
      fireEvent.click(screen.getByText(title));
      return (Taro.navigateTo as jest.Mock).mock.calls.at(-1)[0].url;
    };
    expect(opened('提示管理')).toBe('/features/advisories/pages/manage/index');
    expect(opened('投稿审核')).toBe('/features/tips/pages/queue/index');
    expect(opened('投稿举报')).toBe('/features/tips/pages/reports/index');
    expect(opened('提示数据')).toBe('/features/advisories/pages/stats/index');
    expect(opened('我的收藏')).toBe('/features/favorites/pages/index/index');
    expect(screen.getByText('投诉处理')).toBeTruthy();
    expect(screen.queryByText('我的投稿')).toBeNull();
  });
});

describe('我的 → 关于, and the 隐私政策 agreement', () => {
  const agreement = (agreedAt: string) => ({
    current: PRIVACY_VERSIONS,
    agreed: {
      privacyVersion: PRIVACY_VERSIONS.privacy,
      termsVersion: PRIVACY_VERSIONS.terms,
      agreedAt,
      channel: 'h5',
    },
    upToDate: true,
  });
  const stored = () => JSON.parse(String(taroTest.storage.get('fx.privacy') ?? 'null'));

  test('everyone has 关于, signed in or not', () => {
    const { unmount } = render(<MePage />);
    fireEvent.click(screen.getByText('关于'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/privacy/pages/about/index' });
    unmount();

    session.save({ ...consumerSession, user: { ...consumerSession.user, role: 'staff' } });
    render(<MePage />);
    expect(screen.getByText('隐私政策、用户协议、联系我们')).toBeTruthy();
  });

  test('a consent given before signing in is recorded for the account, with its time', async () => {
    const agreedAt = '2026-12-03T01:00:00.000Z';
    taroTest.storage.set('fx.privacy', JSON.stringify({ ...PRIVACY_VERSIONS, agreedAt }));
    resetPrivacyPrompt();
    const api = fakeApi({
      'POST /auth/dev': { statusCode: 200, data: consumerSession },
      'POST /privacy/consent': ok(agreement(agreedAt)),
    });
    render(<MePage />);
    fireEvent.click(screen.getByText('体验登录'));
    await screen.findByText('微信用户0001');
    await act(async () => undefined);

    expect(api.calls).toEqual(['POST /auth/dev', 'POST /privacy/consent']);
    const sent = (Taro.request as unknown as jest.Mock).mock.calls[1][0].data;
    expect(sent).toEqual({
      privacyVersion: PRIVACY_VERSIONS.privacy,
      termsVersion: PRIVACY_VERSIONS.terms,
      channel: 'h5',
      agreedAt,
    });
    expect(stored()).toMatchObject({ agreedAt, syncedUser: consumerSession.user.id });
  });

  test("on a new device, the account's agreement comes from the server: not asked again", async () => {
    session.save(consumerSession);
    fakeApi({
      'GET /me': ok(consumerSession.user),
      'GET /privacy/consent': ok(agreement('2026-12-02T08:00:00.000Z')),
    });
    render(<MePage />);
    await act(async () => undefined);
    expect(stored()).toMatchObject({
      ...PRIVACY_VERSIONS,
      agreedAt: '2026-12-02T08:00:00.000Z',
      syncedUser: consumerSession.user.id,
    });
  });
});
