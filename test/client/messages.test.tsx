import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Message } from '@api/messages';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import MessagesPage from '@/features/messages/pages/index/index';
import MePage from '@/pages/me/index';
import { session } from '@/services/session';

const message = (serial: number, patch: Partial<Message> = {}): Message => ({
  id: `01JMESSAGE${String(serial).padStart(16, '0')}`,
  kind: 'complaint-status',
  title: `您的投诉已受理${serial}`,
  body: `投诉编号 TS20260315-000${serial}。投诉已受理。`,
  link: `/features/complaints/pages/detail/index?id=C${serial}`,
  createdAt: '2026-03-15T02:00:00.000Z',
  readAt: null,
  ...patch,
});

const navigateTo = Taro.navigateTo as unknown as jest.Mock;

/** First renders on a busy 2-core machine can take over a second. */

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('consumer'));
});

describe('消息 list', () => {
  test('items, paging, tap marks read and opens the link', async () => {
    const api = fakeApi({
      'GET /messages': (options) => {
        const cursor = new URL(options.url, 'http://app.test').searchParams.get('cursor');
        if (cursor === 'C2') return ok({ items: [message(3, { link: null })], nextCursor: null });
        return ok({
          items: [message(1), message(2, { readAt: '2026-03-15T03:00:00.000Z' })],
          nextCursor: 'C2',
        });
      },
      'POST /messages/01JMESSAGE0000000000000001/read': ok(
        message(1, { readAt: '2026-03-16T00:00:00.000Z' }),
      ),
    });
    render(<MessagesPage />);
    expect(await screen.findByLabelText('未读消息 您的投诉已受理1')).toBeTruthy();
    expect(screen.getByLabelText('已读消息 您的投诉已受理2')).toBeTruthy();
    expect(screen.getAllByText('2026-03-15 10:00')).toHaveLength(2);

    act(() => taroTest.reachBottom());
    expect(await screen.findByLabelText('未读消息 您的投诉已受理3')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('未读消息 您的投诉已受理1'));
    expect(navigateTo).toHaveBeenCalledWith({
      url: '/features/complaints/pages/detail/index?id=C1',
    });
    expect(api.calls).toContain('POST /messages/01JMESSAGE0000000000000001/read');
    expect(await screen.findByLabelText('已读消息 您的投诉已受理1')).toBeTruthy();

    // A message without a link only gets marked read.
    navigateTo.mockClear();
    fireEvent.click(screen.getByLabelText('未读消息 您的投诉已受理3'));
    expect(navigateTo).not.toHaveBeenCalled();
  });

  test('全部已读 marks every shown message read', async () => {
    const api = fakeApi({
      'GET /messages': ok({ items: [message(1), message(2)], nextCursor: null }),
      'POST /messages/read-all': ok({ count: 0 }),
    });
    render(<MessagesPage />);
    await screen.findByLabelText('未读消息 您的投诉已受理1');
    fireEvent.click(screen.getByText('全部已读'));
    await waitFor(() => expect(screen.getByLabelText('已读消息 您的投诉已受理2')).toBeTruthy());
    expect(screen.getByLabelText('已读消息 您的投诉已受理1')).toBeTruthy();
    expect(api.calls).toContain('POST /messages/read-all');
    // An empty JSON body is refused by the server (400 INVALID_JSON): both POSTs send {}.
    const posts = (Taro.request as unknown as jest.Mock).mock.calls
      .map(([options]) => options)
      .filter((options) => options.method === 'POST');
    expect(posts.map((options) => options.data)).toEqual([{}]);
  });

  test('empty, error with retry, pull-to-refresh', async () => {
    fakeApi({
      'GET /messages': [
        fail(503, 'UNAVAILABLE', '服务暂时不可用'),
        fail(503, 'UNAVAILABLE', '服务暂时不可用'),
        fail(503, 'UNAVAILABLE', '服务暂时不可用'),
        ok({ items: [], nextCursor: null }),
        ok({ items: [message(9)], nextCursor: null }),
      ],
    });
    render(<MessagesPage />);
    expect(await screen.findByText('服务暂时不可用')).toBeTruthy();
    fireEvent.click(screen.getByText('重新加载'));
    expect(await screen.findByText('暂无消息')).toBeTruthy();
    act(() => taroTest.pullDownRefresh());
    expect(await screen.findByLabelText('未读消息 您的投诉已受理9')).toBeTruthy();
  });
});

describe('我的 → 消息', () => {
  test('one request for the unread count when 我的 shows; the entry opens the list', async () => {
    const api = fakeApi({
      'GET /messages/unread-count': ok({ count: 3 }),
      'GET /me': ok(sessionFor('consumer').user),
    });
    render(<MePage />);
    act(() => taroTest.didShow());
    expect(await screen.findByLabelText('3条未读')).toBeTruthy();
    expect(api.calls.filter((c) => c === 'GET /messages/unread-count')).toHaveLength(1);
    fireEvent.click(screen.getByText('消息'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/features/messages/pages/index/index' });
  });

  test('signed out: no entry and no request', () => {
    session.clear();
    const api = fakeApi({});
    render(<MePage />);
    act(() => taroTest.didShow());
    expect(screen.queryByText('消息')).toBeNull();
    expect(api.calls).toEqual([]);
  });
});
