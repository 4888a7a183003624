import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReportProgress } from '@api/reports';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import ReportProgressPage from '@/features/reports/pages/progress/index';

const progress: ReportProgress = {
  reportNo: 'JB20270315-0012',
  status: 'transferred',
  reporterKind: 'anonymous',
  businessName: '青山农资店',
  campaignName: '农资打假专项行动',
  receivedOn: '2027-03-15',
  decideBy: '2027-04-20',
  extended: true,
  decidedOn: '2027-04-10',
  transferredTo: '县农业农村局',
  steps: [
    { at: '2027-03-15T02:00:00.000Z', label: '已收到举报' },
    { at: '2027-04-01T02:00:00.000Z', label: '核查期限已延长至4月20日' },
    { at: '2027-04-10T06:30:00.000Z', label: '已移送县农业农村局' },
  ],
};

beforeEach(() => taroTest.reset());

const input = (container: HTMLElement, name: string) =>
  waitFor(() => {
    const found = container.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!found) throw new Error(`no input ${name}`);
    return found;
  });
const type = async (container: HTMLElement, name: string, value: string) =>
  fireEvent.input(await input(container, name), { target: { value } });
const errorOf = (label: string) =>
  screen.getByText(label).closest('.form-field')?.querySelector('.form-field__error')
    ?.textContent ?? '';

describe('举报进度查询', () => {
  test('number prefilled from the result page; any-case code → status, dates and steps', async () => {
    taroTest.setRouterParams({ reportNo: 'JB20270315-0012' });
    const sent: unknown[] = [];
    fakeApi({
      'POST /reports/progress': (options) => {
        sent.push(options.data);
        return ok(progress);
      },
    });
    const { container } = render(<ReportProgressPage />);
    expect((await input(container, 'reportNo')).value).toBe('JB20270315-0012');
    await type(container, 'code', 'abcd efgh');
    fireEvent.click(screen.getByText('查询'));

    expect(await screen.findByText('已移送')).toBeTruthy();
    expect(sent).toEqual([{ reportNo: 'JB20270315-0012', code: 'ABCD-EFGH' }]);
    expect(screen.getByText('2027年3月15日')).toBeTruthy();
    expect(screen.getByText('2027年4月20日（已延长）')).toBeTruthy();
    expect(screen.getByText('2027年4月10日')).toBeTruthy();
    expect(screen.getByText('县农业农村局')).toBeTruthy();
    expect(screen.getByText(/已移送有权处理的部门/)).toBeTruthy();
    // The steps, newest first, each with its China time.
    const labels = [...container.querySelectorAll('.report-timeline__label')].map(
      (node) => node.textContent,
    );
    expect(labels).toEqual(['已移送县农业农村局', '核查期限已延长至4月20日', '已收到举报']);
    expect(screen.getByText('2027年4月10日 14:30')).toBeTruthy();
  });

  test('a malformed code is refused here; the server’s 404 and 429 are said as they are', async () => {
    const reply = jest.fn();
    const api = fakeApi({ 'POST /reports/progress': () => reply() });
    const { container } = render(<ReportProgressPage />);
    fireEvent.click(screen.getByText('查询'));
    expect(errorOf('举报编号')).toBe('请输入举报编号');
    expect(errorOf('查询码')).toBe('请输入查询码');
    await type(container, 'reportNo', 'jb20270315-0012');
    await type(container, 'code', 'ABCD-EFG0');
    expect(errorOf('查询码')).toBe('查询码是8位字母和数字，形如 ABCD-EFGH');
    expect(api.calls).toEqual([]);

    await type(container, 'code', 'ABCD-EFGJ');
    reply.mockReturnValue(fail(404, 'REPORT_NOT_FOUND', '举报编号或查询码不正确'));
    fireEvent.click(screen.getByText('查询'));
    expect((await screen.findByRole('alert')).textContent).toBe('举报编号或查询码不正确');
    expect(container.querySelector('.report-timeline')).toBeNull();

    reply.mockReturnValue(fail(429, 'RATE_LIMITED', '查询太频繁，请1分钟后再试'));
    fireEvent.click(screen.getByText('查询'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('查询太频繁，请1分钟后再试'),
    );
  });
});
