import { act, fireEvent, render } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { FavoriteButton } from '@/features/favorites';
import { session } from '@/services/session';

const consumerSession = {
  token: 'jwt-consumer',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: '01JCONSUMER0000000000000000', role: 'consumer' as const, nickname: '微信用户0001' },
};

let showModal: jest.Mock;
beforeEach(() => {
  taroTest.reset();
  session.clear();
  showModal = jest.fn(async () => ({ confirm: true, cancel: false }));
  (Taro as unknown as { showModal: jest.Mock }).showModal = showModal;
});

const button = () => document.querySelector('.favorite-button') as HTMLElement;
/** The words on the button, and its star (filled when kept). */
const label = () => button().querySelector('.nut-button-text')?.textContent;
const star = () => button().querySelector('.favorite-button__star')?.textContent;
const toasts = () => (Taro.showToast as jest.Mock).mock.calls.map(([options]) => options.title);
const settle = () => act(async () => undefined);

describe('收藏 button', () => {
  test('signed in: 收藏 then 已收藏, and back', async () => {
    session.save(consumerSession);
    const api = fakeApi({
      'PUT /favorites/advisory/A1': ok({ favorited: true }),
      'DELETE /favorites/advisory/A1': ok({ favorited: false }),
    });
    render(<FavoriteButton kind="advisory" id="A1" favorited={false} />);
    expect(label()).toBe('收藏');
    expect(star()).toBe('☆');

    fireEvent.click(button());
    // At once, before the server answers.
    expect(label()).toBe('已收藏');
    expect(star()).toBe('★');
    await settle();
    expect(button().getAttribute('aria-pressed')).toBe('true');
    expect(toasts()).toEqual(['已收藏']);

    fireEvent.click(button());
    await settle();
    expect(label()).toBe('收藏');
    expect(api.calls).toEqual(['PUT /favorites/advisory/A1', 'DELETE /favorites/advisory/A1']);
    expect(showModal).not.toHaveBeenCalled();
  });

  test('a refusal rolls back and says why', async () => {
    session.save(consumerSession);
    fakeApi({
      'DELETE /favorites/tip/T1': fail(503, 'UNAVAILABLE', '服务繁忙，请稍后再试'),
      'PUT /favorites/tip/T2': fail(404, 'TIP_NOT_FOUND', '该小贴士已下线'),
    });
    const { rerender } = render(<FavoriteButton kind="tip" id="T1" favorited />);
    expect(label()).toBe('已收藏');
    fireEvent.click(button());
    expect(label()).toBe('收藏');
    // request() retries a 503 twice with a back-off before giving up.
    await act(async () => void (await new Promise((resolve) => setTimeout(resolve, 1000))));
    expect(label()).toBe('已收藏');
    expect(toasts()).toEqual(['取消收藏失败：服务繁忙，请稍后再试']);

    rerender(<FavoriteButton kind="tip" id="T2" favorited={false} />);
    fireEvent.click(button());
    await settle();
    expect(label()).toBe('收藏');
    expect(toasts()[1]).toBe('收藏失败：该小贴士已下线');
  });

  test('anonymous: explains that 收藏 needs sign-in; declining sends nothing', async () => {
    const api = fakeApi({});
    showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    render(<FavoriteButton kind="advisory" id="A1" favorited={false} />);
    fireEvent.click(button());
    await settle();
    expect(showModal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '请先登录', confirmText: '登录' }),
    );
    expect(showModal.mock.calls[0][0].content).toContain('我的收藏');
    expect(label()).toBe('收藏');
    expect(api.calls).toEqual([]);
  });

  test('anonymous: agreeing signs in, then keeps it', async () => {
    const api = fakeApi({
      'POST /auth/dev': ok(consumerSession),
      'PUT /favorites/advisory/A1': ok({ favorited: true }),
    });
    render(<FavoriteButton kind="advisory" id="A1" favorited={false} />);
    fireEvent.click(button());
    await settle();
    await settle();
    expect(api.calls.slice(0, 1)).toEqual(['POST /auth/dev']);
    expect(api.calls).toContain('PUT /favorites/advisory/A1');
    expect(session.token()).toBe('jwt-consumer');
    expect(label()).toBe('已收藏');
  });
});
