import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ReportResolutionBody } from '@api/quiz';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { report, staffSession } from './support/quiz-staff-fixtures';
import ReportsPage from '@/features/quiz/pages/reports/index';
import { session } from '@/services/session';

beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
});

const card = (text: string) => screen.getByText(text).closest('.staff-report') as HTMLElement;
const button = (label: string) => screen.getByText(label).closest('.nut-button') as HTMLElement;

const queries = () =>
  (Taro.request as unknown as jest.Mock).mock.calls
    .map(([options]) => new URL(options.url, 'http://app.test'))
    .filter((url) => url.pathname === '/api/v1/quiz/question-reports')
    .map((url) => Object.fromEntries(url.searchParams));

function server(items = [report(1), report(2)]) {
  const resolved: { url: string; body: ReportResolutionBody }[] = [];
  fakeApi({
    'GET /quiz/question-reports': (options) => {
      const status = new URL(options.url, 'http://app.test').searchParams.get('status');
      if (status === 'fixed') {
        return ok({
          items: [
            report(7, {
              status: 'fixed',
              resolvedAt: '2026-03-16T03:00:00.000Z',
              note: '已改正答案',
            }),
          ],
        });
      }
      return ok({ items: status === 'open' ? items : [] });
    },
    ...Object.fromEntries(
      items.map((item) => [
        `POST /quiz/question-reports/${item.id}/resolution`,
        (options: { url: string; data?: unknown }) => {
          resolved.push({ url: options.url, body: options.data as ReportResolutionBody });
          return ok({ ...item, status: (options.data as ReportResolutionBody).status });
        },
      ]),
    ),
  });
  return resolved;
}

describe('题目纠错', () => {
  test('each open report with the question as it is now and what the user said', async () => {
    server();
    render(<ReportsPage />);
    const stem = '第1题：下列哪类商品必须有3C认证标志？';
    expect(await screen.findByText(stem)).toBeTruthy();
    const one = within(card(stem));
    expect(one.getByText('当前答案：A')).toBeTruthy();
    expect(one.getByText('解析：电热水壶属于强制性产品认证目录内的家用电器。')).toBeTruthy();
    expect(one.getByText('A. 电热水壶 ✓')).toBeTruthy();
    expect(one.getByText('“第1题的答案好像不对”')).toBeTruthy();
    expect(one.getByText(/答题人1 · 2026年3月15日/)).toBeTruthy();
    expect(queries()[0]).toEqual({ status: 'open', limit: '20' });

    fireEvent.click(one.getByText('去修改'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/quiz/pages/question/index?id=q001&report=${report(1).id}`,
    });
  });

  test('标记已修正 posts the status and the note; the card leaves the open list', async () => {
    const resolved = server();
    const { container } = render(<ReportsPage />);
    const stem = '第1题：下列哪类商品必须有3C认证标志？';
    await screen.findByText(stem);
    fireEvent.click(within(card(stem)).getByText('标记已修正'));
    const note = await waitFor(() => {
      const found = container.ownerDocument.querySelector<HTMLTextAreaElement>('textarea');
      if (!found) throw new Error('no note yet');
      return found;
    });
    fireEvent.input(note, { target: { value: '答案已改为 A' } });
    fireEvent.click(button('确认已修正'));
    await waitFor(() => expect(screen.queryByText(stem)).toBeNull());
    expect(resolved).toEqual([
      {
        url: expect.stringContaining(`/quiz/question-reports/${report(1).id}/resolution`),
        body: { status: 'fixed', note: '答案已改为 A' },
      },
    ]);
    expect(screen.getByText('第2题：下列哪类商品必须有3C认证标志？')).toBeTruthy();
  });

  test('驳回 without a note posts only the status; the last one leaves an empty queue', async () => {
    const resolved = server([report(2)]);
    render(<ReportsPage />);
    await screen.findByText('第2题：下列哪类商品必须有3C认证标志？');
    fireEvent.click(screen.getByText('驳回'));
    fireEvent.click(await screen.findByText('确认驳回'));
    expect(await screen.findByText('没有待处理的纠错')).toBeTruthy();
    expect(resolved.map((r) => r.body)).toEqual([{ status: 'dismissed' }]);
  });

  test('a failed resolution keeps the card', async () => {
    fakeApi({
      'GET /quiz/question-reports': ok({ items: [report(1)] }),
      [`POST /quiz/question-reports/${report(1).id}/resolution`]: {
        statusCode: 409,
        data: { code: 'QUIZ_REPORT_RESOLVED', message: '该纠错已处理' },
      },
    });
    render(<ReportsPage />);
    await screen.findByText('第1题：下列哪类商品必须有3C认证标志？');
    fireEvent.click(screen.getByText('标记已修正'));
    fireEvent.click(await screen.findByText('确认已修正'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '该纠错已处理' }),
      ),
    );
    expect(screen.getByText('第1题：下列哪类商品必须有3C认证标志？')).toBeTruthy();
  });

  test('the 已修正 tab shows the outcome and the note, without actions', async () => {
    server();
    render(<ReportsPage />);
    await screen.findByText('第1题：下列哪类商品必须有3C认证标志？');
    fireEvent.click(screen.getByRole('tab', { name: '已修正' }));
    expect(await screen.findByText('备注：已改正答案')).toBeTruthy();
    expect(queries().at(-1)).toEqual({ status: 'fixed', limit: '20' });
    expect(screen.queryByText('去修改')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: '已驳回' }));
    expect(await screen.findByText('还没有驳回的纠错')).toBeTruthy();
  });

  test('not staff: the gate, no request', () => {
    session.save({ ...staffSession, user: { ...staffSession.user, role: 'merchant' as never } });
    const api = fakeApi({});
    render(<ReportsPage />);
    expect(screen.getByText('仅工作人员可用')).toBeTruthy();
    expect(api.calls).toEqual([]);
  });
});
