import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { myTip, tipId } from './support/tips-fixtures';
import MyTipsPage from '@/features/tips/pages/mine/index';
import { session } from '@/services/session';

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('consumer'));
});

const card = (title: string) => screen.getByText(title).closest('.my-tip') as HTMLElement;

const mine = [
  myTip(1, { status: 'pending' }),
  myTip(2, { status: 'published', usefulCount: 7, publishedAt: '2026-03-16T02:00:00.000Z' }),
  myTip(3, { status: 'rejected', rejectReason: '含广告或推广' }),
  myTip(4, { status: 'withdrawn' }),
  myTip(5, { status: 'hidden' }),
];

describe('我的投稿', () => {
  test('each tip with its status, the reason of a refusal, and 有用 of a published one', async () => {
    fakeApi({ 'GET /tips/mine': ok({ items: mine, nextCursor: null }) });
    render(<MyTipsPage />);
    await screen.findByText('我的小贴士1');
    expect(within(card('我的小贴士1')).getByText('审核中')).toBeTruthy();
    expect(within(card('我的小贴士2')).getByText('已发布')).toBeTruthy();
    expect(within(card('我的小贴士2')).getByText(/有用 7/)).toBeTruthy();
    expect(within(card('我的小贴士3')).getByText('未通过')).toBeTruthy();
    expect(within(card('我的小贴士3')).getByText('未通过原因：含广告或推广')).toBeTruthy();
    expect(within(card('我的小贴士4')).getByText('已撤回')).toBeTruthy();
    expect(within(card('我的小贴士5')).getByText('已屏蔽')).toBeTruthy();
    // 撤回 only where it means something: waiting or public.
    const withdrawable = mine.filter((tip) => within(card(tip.title)).queryByText('撤回'));
    expect(withdrawable.map((tip) => tip.status)).toEqual(['pending', 'published']);

    fireEvent.click(within(card('我的小贴士2')).getByText('查看'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/tips/pages/detail/index?id=${tipId(2)}`,
    });
  });

  test('撤回 asks first, then shows the tip as withdrawn', async () => {
    const api = fakeApi({
      'GET /tips/mine': ok({ items: [myTip(2, { status: 'published' })], nextCursor: null }),
      [`POST /tips/${tipId(2)}/withdrawal`]: ok(myTip(2, { status: 'withdrawn' })),
    });
    render(<MyTipsPage />);
    await screen.findByText('我的小贴士2');
    fireEvent.click(within(card('我的小贴士2')).getByText('撤回'));
    expect(await screen.findByText(/撤回后不再公开/)).toBeTruthy();
    expect(api.calls).not.toContain(`POST /tips/${tipId(2)}/withdrawal`);
    fireEvent.click(screen.getByText('确认撤回'));
    await waitFor(() => expect(within(card('我的小贴士2')).getByText('已撤回')).toBeTruthy());
    expect(api.calls).toContain(`POST /tips/${tipId(2)}/withdrawal`);
    expect(within(card('我的小贴士2')).queryByText('撤回')).toBeNull();
  });

  test('a refused withdrawal keeps the tip as it was', async () => {
    fakeApi({
      'GET /tips/mine': ok({ items: [myTip(1)], nextCursor: null }),
      [`POST /tips/${tipId(1)}/withdrawal`]: fail(409, 'TIP_NOT_WITHDRAWABLE', '这条小贴士已处理'),
    });
    render(<MyTipsPage />);
    await screen.findByText('我的小贴士1');
    fireEvent.click(screen.getByText('撤回'));
    fireEvent.click(await screen.findByText('确认撤回'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '这条小贴士已处理' }),
      ),
    );
    expect(within(card('我的小贴士1')).getByText('审核中')).toBeTruthy();
  });

  test('none yet: says so and offers 写小贴士', async () => {
    fakeApi({ 'GET /tips/mine': ok({ items: [], nextCursor: null }) });
    render(<MyTipsPage />);
    expect(await screen.findByText('还没有投稿')).toBeTruthy();
    fireEvent.click(screen.getByText('写小贴士'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/tips/pages/write/index' });
  });
});
