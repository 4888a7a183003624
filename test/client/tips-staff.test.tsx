import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { staffTip, tipId, tipReport } from './support/tips-fixtures';
import QueuePage from '@/features/tips/pages/queue/index';
import ReportsPage from '@/features/tips/pages/reports/index';
import { session } from '@/services/session';

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('staff'));
});

const card = (title: string) => screen.getByText(title).closest('.staff-tip') as HTMLElement;
const sent = (path: string) =>
  (Taro.request as unknown as jest.Mock).mock.calls
    .map(([options]) => options)
    .filter((options) => new URL(options.url, 'http://app.test').pathname === `/api/v1${path}`);

describe('投稿审核', () => {
  function server() {
    return fakeApi({
      'GET /tips/queue': ok({
        items: [staffTip(1), staffTip(2, { secCheck: 'pass' }), staffTip(3)],
        nextCursor: null,
      }),
      ...Object.fromEntries(
        [1, 2, 3].map((n) => [
          `POST /tips/${tipId(n)}/moderation`,
          ok(staffTip(n, { status: 'published' })),
        ]),
      ),
      [`POST /tips/${tipId(3)}/promotion`]: {
        statusCode: 201,
        data: { tipId: tipId(3), advisoryId: 'ADV9' },
      },
    });
  }

  test('pending tips with the check result and the author; 通过 publishes it', async () => {
    server();
    render(<QueuePage />);
    await screen.findByText('待审核的小贴士1');
    expect(within(card('待审核的小贴士1')).getByText('微信检测：建议人工复核')).toBeTruthy();
    expect(within(card('待审核的小贴士2')).getByText('微信检测：通过')).toBeTruthy();
    expect(within(card('待审核的小贴士1')).getByText(/王小明/)).toBeTruthy();

    fireEvent.click(within(card('待审核的小贴士2')).getByText('通过'));
    await waitFor(() => expect(screen.queryByText('待审核的小贴士2')).toBeNull());
    expect(sent(`/tips/${tipId(2)}/moderation`).map((o) => o.data)).toEqual([
      { decision: 'approve' },
    ]);
  });

  test('不通过 needs a reason from the list, and sends it', async () => {
    server();
    render(<QueuePage />);
    await screen.findByText('待审核的小贴士1');
    fireEvent.click(within(card('待审核的小贴士1')).getByText('不通过'));
    const hint = await screen.findByText(/「待审核的小贴士1」不会公开/);
    fireEvent.click(screen.getByText('确认不通过'));
    expect(sent(`/tips/${tipId(1)}/moderation`)).toHaveLength(0);
    fireEvent.click(within(hint.parentElement as HTMLElement).getByText('含广告或推广'));
    fireEvent.click(screen.getByText('确认不通过'));
    await waitFor(() => expect(screen.queryByText('待审核的小贴士1')).toBeNull());
    expect(sent(`/tips/${tipId(1)}/moderation`).map((o) => o.data)).toEqual([
      { decision: 'reject', reason: '含广告或推广' },
    ]);
  });

  test('通过并转为官方提示: approves, promotes, opens the new draft', async () => {
    server();
    render(<QueuePage />);
    await screen.findByText('待审核的小贴士3');
    fireEvent.click(within(card('待审核的小贴士3')).getByText('通过并转为官方提示'));
    fireEvent.click(await screen.findByText('确认'));
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({
        url: '/features/advisories/pages/edit/index?id=ADV9',
      }),
    );
    expect(sent(`/tips/${tipId(3)}/moderation`).map((o) => o.data)).toEqual([
      { decision: 'approve' },
    ]);
    expect(sent(`/tips/${tipId(3)}/promotion`)).toHaveLength(1);
  });

  test('not staff: the gate, no request', () => {
    session.save(sessionFor('consumer'));
    const api = fakeApi({});
    render(<QueuePage />);
    expect(screen.getByText('仅工作人员可用')).toBeTruthy();
    expect(api.calls.filter((call) => call.includes('/tips'))).toEqual([]);
  });
});

describe('投稿举报', () => {
  function server() {
    return fakeApi({
      'GET /tip-reports': (options) => {
        const status = new URL(options.url, 'http://app.test').searchParams.get('status');
        if (status === 'hidden') {
          return ok({
            items: [
              tipReport(9, {
                status: 'hidden',
                resolvedAt: '2026-03-17T02:00:00.000Z',
                tip: staffTip(9, { status: 'hidden', title: '已屏蔽的小贴士' }),
              }),
            ],
            nextCursor: null,
          });
        }
        // Two reports of tip 1, one of tip 2.
        const second = tipReport(3, { tip: tipReport(1).tip, reason: '虚假信息', note: undefined });
        return ok({ items: [tipReport(1), second, tipReport(2)], nextCursor: null });
      },
      [`POST /tip-reports/${tipReport(1).id}/resolution`]: ok(tipReport(1, { status: 'hidden' })),
      [`POST /tip-reports/${tipReport(2).id}/resolution`]: ok(
        tipReport(2, { status: 'dismissed' }),
      ),
    });
  }

  test('open reports with the tip, reason and note; 屏蔽 takes every report of the tip', async () => {
    server();
    render(<ReportsPage />);
    await screen.findAllByText('被举报的小贴士1');
    expect(screen.getAllByText('举报原因：广告推广')).toHaveLength(2);
    expect(screen.getAllByText('“文末留了微信号拉人”')).toHaveLength(2);
    fireEvent.click(
      within(
        screen.getAllByText('被举报的小贴士1')[0].closest('.staff-tip') as HTMLElement,
      ).getByText('屏蔽小贴士'),
    );
    const note = await waitFor(() => {
      const found = document.querySelector<HTMLTextAreaElement>('textarea');
      if (!found) throw new Error('no note');
      return found;
    });
    fireEvent.input(note, { target: { value: '确为广告' } });
    fireEvent.click(screen.getByText('确认屏蔽'));
    await waitFor(() => expect(screen.queryByText('被举报的小贴士1')).toBeNull());
    expect(screen.getByText('被举报的小贴士2')).toBeTruthy();
    expect(sent(`/tip-reports/${tipReport(1).id}/resolution`).map((o) => o.data)).toEqual([
      { action: 'hide', note: '确为广告' },
    ]);
  });

  test('驳回举报 without a note sends only the action', async () => {
    server();
    render(<ReportsPage />);
    await screen.findByText('被举报的小贴士2');
    fireEvent.click(within(card('被举报的小贴士2')).getByText('驳回举报'));
    fireEvent.click(await screen.findByText('确认驳回'));
    await waitFor(() => expect(screen.queryByText('被举报的小贴士2')).toBeNull());
    expect(sent(`/tip-reports/${tipReport(2).id}/resolution`).map((o) => o.data)).toEqual([
      { action: 'dismiss' },
    ]);
  });

  test('the 已屏蔽 tab asks for that status and shows the outcome without actions', async () => {
    server();
    render(<ReportsPage />);
    await screen.findByText('被举报的小贴士2');
    fireEvent.click(screen.getByRole('tab', { name: '已屏蔽' }));
    expect(await screen.findByText('已屏蔽的小贴士')).toBeTruthy();
    const query = new URL(sent('/tip-reports').at(-1).url, 'http://app.test').searchParams;
    expect(query.get('status')).toBe('hidden');
    expect(screen.queryByText('屏蔽小贴士')).toBeNull();
  });
});
