import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ReportDecisionBody, StaffReportDetail } from '@api/reports';
import { DECLINE_REASONS } from '@/domain/report-vocabulary';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { reportId, staffDetail } from './support/reports-staff-fixtures';
import HandlePage from '@/features/reports/pages/handle/index';
import { reportRoutes } from '@/features/reports/routes';
import { merchantRoutes } from '@/features/merchants/routes';
import { session } from '@/services/session';

const ID = reportId(1);
const READ = { at: '2027-03-16T03:00:00.000Z', action: '查看举报人信息', by: '张核查' };

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('staff'));
  taroTest.setRouterParams({ id: ID });
});

interface Served {
  sent: ReportDecisionBody[];
  calls: string[];
}

/** Serves the detail (then `later` on each reload) and the decisions; returns what was sent. */
function serve(
  report: StaffReportDetail,
  answer: (body: ReportDecisionBody) => unknown = (body) =>
    ok({ ...report, history: [...report.history, { ...READ, action: body.action }] }),
  later: StaffReportDetail = report,
): Served {
  const sent: ReportDecisionBody[] = [];
  const details = [ok(report), ok(later)];
  const { calls } = fakeApi({
    [`GET /reports/${ID}/manage`]: details,
    [`GET /reports/${ID}/reporter`]: ok({ kind: 'real-name', name: '李明', phone: '13800001234' }),
    [`POST /reports/${ID}/decisions`]: (options) => {
      sent.push(options.data as ReportDecisionBody);
      return answer(options.data as ReportDecisionBody) as never;
    },
  });
  return { sent, calls };
}

const pageButton = (label: string) =>
  screen
    .getAllByText(label)
    .map((text) => text.closest('.nut-button'))
    .find((b) => b && !b.closest('.nut-dialog')) as HTMLElement;
const dialog = () =>
  waitFor(() => {
    const found = document.querySelector<HTMLElement>('.nut-dialog');
    if (!found) throw new Error('no dialog');
    return found;
  });
const confirm = async (label: string) => {
  const found = Array.from((await dialog()).querySelectorAll<HTMLElement>('.nut-button')).find(
    (b) => b.textContent === label,
  );
  if (!found) throw new Error(`no ${label}`);
  return found;
};
const write = async (value: string) => {
  const area = await waitFor(() => {
    const found = document.querySelector<HTMLTextAreaElement>('.report-decision__text textarea');
    if (!found) throw new Error('no text box');
    return found;
  });
  fireEvent.input(area, { target: { value } });
};

describe('办理举报', () => {
  test('the report in full: shop (tap → merchant), what, when, where, photos, related, history', async () => {
    serve(staffDetail({ contentFlagged: true }));
    render(<HandlePage />);
    const meta = (await screen.findByText('JB20270315-0001')).parentElement!;
    expect([...meta.children].map((part) => part.textContent)).toEqual([
      'JB20270315-0001',
      '实名举报',
      expect.stringMatching(/^(2027年)?3月15日收到$/),
    ]);
    expect(screen.getByText(/^核查期限：(2027年)?4月6日（含）$/)).toBeTruthy();
    expect(screen.getByText('剩8个工作日')).toBeTruthy();
    expect(screen.getByText('内容安全检测提示可能含有不当信息，请核实后再作为依据。')).toBeTruthy();
    expect(screen.getByText(/^发现时间：(2027年)?3月14日 10:30$/)).toBeTruthy();
    expect(screen.getByText('发现地点：城关镇人民路18号店内')).toBeTruthy();
    expect(screen.getByLabelText('地图位置').textContent).toContain(
      '纬度 30.12345，经度 120.54321',
    );
    expect(screen.getByText('照片（1）')).toBeTruthy();
    expect(screen.getByText('城关镇 · 专项整治：农资打假专项行动')).toBeTruthy();
    expect(screen.getByText('收到举报')).toBeTruthy();

    fireEvent.click(screen.getByText('查看商家'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: merchantRoutes.detail('01JMERCHANT000000000000001'),
    });
    fireEvent.click(screen.getByLabelText('举报 JB20270316-0002'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: reportRoutes.handle(reportId(2)) });
  });

  test('the identity only after a tap and the 第三十三条 notice; the read shows in the history', async () => {
    const { calls } = serve(staffDetail(), undefined, {
      ...staffDetail(),
      history: [...staffDetail().history, READ],
    });
    render(<HandlePage />);
    await screen.findByText('实名举报 · 希望得知处理结果');
    expect(screen.queryByText(/李明/)).toBeNull();

    fireEvent.click(pageButton('查看举报人信息'));
    const notice = await dialog();
    expect(notice.textContent).toContain('第三十三条');
    expect(notice.textContent).toContain('每次查看都会记录查看人和时间');
    expect(calls).not.toContain(`GET /reports/${ID}/reporter`);

    fireEvent.click(await confirm('确认查看'));
    const identity = await screen.findByLabelText('举报人信息');
    expect(within(identity).getByText('姓名：李明')).toBeTruthy();
    expect(calls.filter((c) => c === `GET /reports/${ID}/reporter`)).toHaveLength(1);
    fireEvent.click(within(identity).getByText('13800001234'));
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13800001234' });
    expect(await screen.findByText('查看举报人信息', { selector: '.report-history__action' }));
  });

  test('anonymous: nothing to reveal', async () => {
    const { calls } = serve(staffDetail({ reporterKind: 'anonymous', wantsReply: false }));
    render(<HandlePage />);
    expect(await screen.findByText('匿名举报，未留存举报人信息。')).toBeTruthy();
    expect(screen.queryByText('查看举报人信息')).toBeNull();
    expect(calls).not.toContain(`GET /reports/${ID}/reporter`);
  });

  test('立案 sends open-case and the answer replaces the detail (办结 next, the tell-by line)', async () => {
    const opened = staffDetail({
      status: 'case-opened',
      workingDaysLeft: undefined,
      decidedOn: '2027-03-20',
      tellReporterBy: '2027-03-27',
    });
    const { sent } = serve(staffDetail(), () => ok(opened));
    render(<HandlePage />);
    fireEvent.click(await screen.findByText('立案'));
    fireEvent.click(await confirm('确认立案'));
    await waitFor(() => expect(sent).toEqual([{ action: 'open-case' }]));
    await waitFor(() =>
      expect(document.querySelector('.report-state__title .report-status')?.textContent).toBe(
        '已立案',
      ),
    );
    expect(screen.getByText(/^须于(2027年)?3月27日前告知举报人（第三十一条）$/)).toBeTruthy();
    expect(pageButton('办结')).toBeTruthy();
    expect(screen.queryByText('不予立案')).toBeNull();
  });

  test('不予立案 needs a 情形; then sends it with the note', async () => {
    const { sent } = serve(staffDetail());
    render(<HandlePage />);
    fireEvent.click(await screen.findByText('不予立案'));
    const button = await confirm('不予立案');
    expect(button.className).toContain('disabled');
    fireEvent.click(button);
    expect(sent).toHaveLength(0);

    fireEvent.click(screen.getByText(DECLINE_REASONS['no-evidence']));
    await write('现场未发现涉案复合肥');
    await waitFor(async () =>
      expect((await confirm('不予立案')).className).not.toContain('disabled'),
    );
    fireEvent.click(await confirm('不予立案'));
    await waitFor(() =>
      expect(sent).toEqual([
        { action: 'decline', reason: 'no-evidence', note: '现场未发现涉案复合肥' },
      ]),
    );
  });

  test('移送, 延长核查期限, 合并 and 标记恶意举报 each send their body', async () => {
    const { sent } = serve(staffDetail());
    render(<HandlePage />);
    await screen.findByText('办理');

    fireEvent.click(pageButton('移送'));
    const authority = await waitFor(() => {
      const found = document.querySelector('input[name="authority"]');
      if (!found) throw new Error('no authority box');
      return found;
    });
    fireEvent.input(authority, { target: { value: '县农业农村局' } });
    fireEvent.click(await confirm('确认移送'));
    await waitFor(() =>
      expect(sent.at(-1)).toEqual({ action: 'transfer', authority: '县农业农村局' }),
    );
    await waitFor(() => expect(document.querySelector('.nut-dialog')).toBeNull());

    fireEvent.click(pageButton('延长核查期限'));
    await write('需送检确认肥料成分');
    fireEvent.click(await confirm('确认延期'));
    await waitFor(() =>
      expect(sent.at(-1)).toEqual({ action: 'extend', reason: '需送检确认肥料成分' }),
    );
    await waitFor(() => expect(document.querySelector('.nut-dialog')).toBeNull());

    fireEvent.click(pageButton('合并重复举报'));
    const merge = await dialog();
    // A report merged itself is no target.
    expect(within(merge).queryByText(/JB20270316-0003/)).toBeNull();
    fireEvent.click(within(merge).getByText(/JB20270316-0002/));
    fireEvent.click(await confirm('确认合并'));
    await waitFor(() =>
      expect(sent.at(-1)).toEqual({ action: 'merge', intoReportId: reportId(2) }),
    );
    await waitFor(() => expect(document.querySelector('.nut-dialog')).toBeNull());

    fireEvent.click(pageButton('标记恶意举报'));
    await write('多次编造虚假情况');
    fireEvent.click(await confirm('确认标记'));
    await waitFor(() =>
      expect(sent.at(-1)).toEqual({ action: 'mark-malicious', reason: '多次编造虚假情况' }),
    );
  });

  test('办结 an opened case sends the outcome', async () => {
    const { sent } = serve(staffDetail({ status: 'case-opened', workingDaysLeft: undefined }));
    render(<HandlePage />);
    fireEvent.click(await screen.findByText('办结'));
    await write('已责令停止销售并立案处罚');
    fireEvent.click(await confirm('确认办结'));
    await waitFor(() =>
      expect(sent).toEqual([{ action: 'conclude', outcome: '已责令停止销售并立案处罚' }]),
    );
  });

  test('a 409 is shown in the dialog, which stays open; the detail is loaded again', async () => {
    const { sent, calls } = serve(staffDetail(), () =>
      fail(409, 'REPORT_STATE_CHANGED', '该举报已由其他工作人员处理，请刷新后查看'),
    );
    render(<HandlePage />);
    fireEvent.click(await screen.findByText('立案'));
    fireEvent.click(await confirm('确认立案'));
    expect(await screen.findByText('该举报已由其他工作人员处理，请刷新后查看')).toBeTruthy();
    expect(sent).toHaveLength(1);
    expect(document.querySelector('.nut-dialog')).not.toBeNull();
    await waitFor(() =>
      expect(calls.filter((c) => c === `GET /reports/${ID}/manage`)).toHaveLength(2),
    );
  });

  test('a 400 shows the field problem the server names', async () => {
    serve(staffDetail(), () => ({
      statusCode: 400,
      data: {
        code: 'REPORT_MERGE_TARGET',
        message: '只能并入同一经营者的其他举报',
        fields: { intoReportId: '只能并入同一经营者、未被合并的其他举报' },
      },
    }));
    render(<HandlePage />);
    await screen.findByText('办理');
    fireEvent.click(pageButton('合并重复举报'));
    fireEvent.click(within(await dialog()).getByText(/JB20270316-0002/));
    fireEvent.click(await confirm('确认合并'));
    const shown = await screen.findByText('只能并入同一经营者、未被合并的其他举报');
    expect(shown.closest('.nut-dialog')).not.toBeNull();
  });

  test('a finished report offers only 标记恶意举报', async () => {
    serve(
      staffDetail({ status: 'not-opened', workingDaysLeft: undefined, declineReason: 'other' }),
    );
    render(<HandlePage />);
    expect(await screen.findByText('本举报已处理完毕，记录留存备查。')).toBeTruthy();
    const ground = screen.getByText('行政处罚程序规定第二十条');
    expect(ground.parentElement?.textContent).toBe(`不予立案情形：${DECLINE_REASONS.other}`);
    const buttons = Array.from(document.querySelectorAll('.report-handle__buttons .nut-button'));
    expect(buttons.map((b) => b.textContent)).toEqual(['标记恶意举报']);
  });
});
