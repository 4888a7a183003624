import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { StaffBatch } from '@api/disclosure';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { response, staffBatch, staffRow, staffSession } from './support/disclosure-staff-fixtures';
import ReviewPage from '@/features/disclosure/pages/review/index';
import { disclosureRoutes } from '@/features/disclosure/routes';
import { session } from '@/services/session';
import { EXCLUSION_REASONS } from '@/domain/disclosure-vocabulary';

const me = staffSession.user.id;

beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
});

type Sent = { key: string; query: URLSearchParams; body: unknown };

/** Serves one batch, its rows and responses, and records every call with its query and body. */
function serve(batch: StaffBatch, replies: Record<string, unknown> = {}) {
  taroTest.setRouterParams({ id: batch.id });
  const sent: Sent[] = [];
  const base = `/disclosure/batches/${batch.id}`;
  const record = (key: string, fallback: unknown) => (options: { url: string; data?: unknown }) => {
    sent.push({
      key,
      query: new URL(options.url, 'http://app.test').searchParams,
      body: options.data,
    });
    return (replies[key] as never) ?? ok(fallback);
  };
  const rows = [
    staffRow(1),
    staffRow(2, {
      excludedReason: 'duplicate',
      excludedNote: '与TS20270210002重复',
      outcome: 'terminated',
    }),
  ];
  fakeApi({
    [`GET ${base}/manage`]: ok(batch),
    [`GET ${base}/rows`]: record('rows', { items: rows, nextCursor: null }),
    [`GET ${base}/responses`]: record('responses', {
      items: [
        response(1),
        response(2, { kind: 'statement', text: '已与消费者协商一致并退款，特此说明。' }),
      ],
      nextCursor: null,
    }),
    [`PUT ${base}/rows/${staffRow(1).id}/exclusion`]: record('exclude', staffRow(1)),
    [`DELETE ${base}/rows/${staffRow(2).id}/exclusion`]: record('include', staffRow(2)),
    [`POST /disclosure/responses/${response(1).id}/decision`]: record('decide', response(1)),
    [`POST /disclosure/responses/${response(2).id}/decision`]: record('decide', response(2)),
    [`POST ${base}/transitions`]: record('transition', batch),
    [`POST ${base}/corrections`]: record('correct', { id: 'NEWVERSION', status: 'draft' }),
  });
  return sent;
}

const bodiesOf = (sent: Sent[], key: string) =>
  sent.filter((s) => s.key === key).map((s) => s.body);
const button = (label: string) =>
  screen
    .getAllByText(label)
    .find((text) => text.closest('.nut-button') && !text.closest('.nut-dialog'))!
    .closest('.nut-button') as HTMLElement;
const buttonTexts = () =>
  Array.from(document.querySelectorAll('.nut-button')).map((b) => b.textContent);
/** The dialog on screen (NutUI keeps a closed one in the page, hidden). */
const shownDialog = () => {
  const found = Array.from(document.querySelectorAll<HTMLElement>('.nut-dialog')).find(
    (dialog) => dialog.style.display !== 'none',
  );
  if (!found) throw new Error('no dialog');
  return found;
};
const dialogButton = (label: string) =>
  waitFor(() => {
    const found = Array.from(shownDialog().querySelectorAll('.nut-button')).find(
      (b) => b.textContent === label,
    );
    if (!found) throw new Error(`no ${label}`);
    return found as HTMLElement;
  });
async function writeNote(note: string) {
  const area = await waitFor(() => {
    const found = shownDialog().querySelector<HTMLTextAreaElement>('textarea');
    if (!found) throw new Error('no note box');
    return found;
  });
  fireEvent.input(area, { target: { value: note } });
}
const inDialog = (text: string) =>
  waitFor(() => {
    return within(shownDialog()).getByText(text);
  });

describe('审核公示批次', () => {
  test('the header: status, version, period, counts, exclusions by reason, who, history', async () => {
    serve(
      staffBatch({
        status: 'submitted',
        version: 2,
        changeNote: '更正一条结果',
        objectionDeadline: '2027-04-16',
        businessesNotified: 4,
        businessesAnswered: 3,
        submittedBy: 'S2',
        submittedByName: '李科长',
        allowedActions: ['return'],
      }),
    );
    render(<ReviewPage />);
    expect(await screen.findByText('待审批')).toBeTruthy();
    expect(screen.getByText('第2版')).toBeTruthy();
    expect(screen.getByText('投诉提交日期 2027年1月1日–3月31日')).toBeTruthy();
    expect(screen.getByText('王科员新建 · 李科长提交审批')).toBeTruthy();
    expect(screen.getByText('异议截止 2027年4月16日 · 已通知4家，3家已回应')).toBeTruthy();
    expect(screen.getByText('更正说明：更正一条结果')).toBeTruthy();
    expect(screen.getByText('尚未办结 2')).toBeTruthy();
    expect(screen.getByText('重复投诉 1')).toBeTruthy();
    expect(screen.getByText('王科员 生成公示批次')).toBeTruthy();
  });

  test('allowedActions alone decide the buttons', async () => {
    serve(staffBatch({ allowedActions: ['notify', 'exclude'] }));
    const first = render(<ReviewPage />);
    await screen.findByText('通知经营者');
    for (const absent of ['提交审批', '发布', '退回', '撤回', '更正（生成新版本）']) {
      expect(buttonTexts()).not.toContain(absent);
    }
    expect(screen.getAllByText('排除').length).toBeGreaterThan(0);
    expect(screen.getByText('发布后可导出CSV和打印版')).toBeTruthy();
    first.unmount();

    serve(staffBatch({ status: 'published', allowedActions: ['withdraw', 'correct'] }));
    render(<ReviewPage />);
    await screen.findByText('撤回');
    expect(screen.getByText('更正（生成新版本）')).toBeTruthy();
    for (const absent of ['通知经营者', '提交审批', '发布', '排除', '恢复公示', '采纳']) {
      expect(buttonTexts()).not.toContain(absent);
    }
  });

  test('排除 asks a reason from the fixed list and a note, and sends them; 恢复 lifts it', async () => {
    const sent = serve(staffBatch());
    render(<ReviewPage />);
    const row = await screen.findByLabelText(staffRow(1).trackingNo);
    fireEvent.click(within(row).getByText('排除'));
    // The confirm button stays off until a reason is chosen.
    expect((await dialogButton('确认排除')).className).toContain('disabled');
    fireEvent.click(await inDialog('涉及国家秘密、商业秘密或个人隐私'));
    expect(await inDialog(EXCLUSION_REASONS['secret-or-privacy'])).toBeTruthy();
    expect(shownDialog().textContent).not.toContain('尚未办结');
    fireEvent.click(await inDialog('重复投诉'));
    await writeNote('与另一条投诉重复');
    fireEvent.click(await dialogButton('确认排除'));
    await waitFor(() =>
      expect(bodiesOf(sent, 'exclude')).toEqual([
        { reason: 'duplicate', note: '与另一条投诉重复' },
      ]),
    );

    const excluded = screen.getByLabelText(staffRow(2).trackingNo);
    expect(within(excluded).getByText('排除原因：重复投诉（与TS20270210002重复）')).toBeTruthy();
    const restore = within(excluded).getByText('恢复公示').closest('.nut-button') as HTMLElement;
    await waitFor(() => expect(restore.className).not.toContain('disabled'));
    fireEvent.click(restore);
    await waitFor(() => expect(bodiesOf(sent, 'include')).toHaveLength(1));
  });

  test('the rows filter asks the server for 已排除 and for one reason', async () => {
    const sent = serve(staffBatch());
    render(<ReviewPage />);
    await screen.findByLabelText(staffRow(1).trackingNo);
    fireEvent.click(screen.getByText('已排除 3'));
    await waitFor(() => expect(sent.filter((s) => s.key === 'rows')).toHaveLength(2));
    expect(sent.at(-1)!.query.get('excluded')).toBe('true');
    fireEvent.click(screen.getByText('重复投诉 1'));
    await waitFor(() => expect(sent.filter((s) => s.key === 'rows')).toHaveLength(3));
    expect(sent.at(-1)!.query.get('reason')).toBe('duplicate');
  });

  test('采纳 with 更正结果 sends the new outcome; 不采纳 sends its reason', async () => {
    const sent = serve(
      staffBatch({ status: 'notice', pendingResponses: 2, allowedActions: ['decide', 'exclude'] }),
    );
    render(<ReviewPage />);
    const objection = await screen.findByText(response(1).text);
    expect(sent.find((s) => s.key === 'responses')!.query.get('decision')).toBe('pending');
    const card = objection.closest('.batch-response') as HTMLElement;
    fireEvent.click(within(card).getByText('采纳'));
    fireEvent.click(await inDialog('更正结果'));
    expect((await dialogButton('确认采纳')).className).toContain('disabled');
    fireEvent.click(await inDialog('终止调解'));
    fireEvent.click(await dialogButton('确认采纳'));
    await waitFor(() =>
      expect(bodiesOf(sent, 'decide')).toEqual([
        { decision: 'upheld', remedy: 'correct', outcome: 'terminated' },
      ]),
    );

    const statement = screen.getByText(response(2).text).closest('.batch-response') as HTMLElement;
    const refuse = within(statement).getByText('不采纳').closest('.nut-button') as HTMLElement;
    await waitFor(() => expect(refuse.className).not.toContain('disabled'));
    fireEvent.click(refuse);
    await writeNote('说明与办理记录不符');
    fireEvent.click(await dialogButton('确认不采纳'));
    await waitFor(() =>
      expect(bodiesOf(sent, 'decide')[1]).toEqual({
        decision: 'refused',
        reason: '说明与办理记录不符',
      }),
    );
  });

  test('once nothing waits, a published batch lists the upheld responses first', async () => {
    const sent = serve(staffBatch({ status: 'published', allowedActions: ['withdraw'] }));
    render(<ReviewPage />);
    await screen.findByText(response(1).text);
    expect(sent.filter((s) => s.key === 'responses').map((s) => s.query.get('decision'))).toEqual([
      'upheld',
    ]);
    expect(buttonTexts()).not.toContain('采纳');
  });

  test('a refused 发布 shows the server message in the dialog and next to the actions', async () => {
    const refusal = '新建或提交这批公示的工作人员不能发布，请由其他工作人员审批';
    const sent = serve(staffBatch({ status: 'submitted', allowedActions: ['publish', 'return'] }), {
      transition: fail(403, 'FORBIDDEN', refusal),
    });
    render(<ReviewPage />);
    fireEvent.click(await screen.findByText('发布'));
    fireEvent.click(await dialogButton('确认发布'));
    expect(await inDialog(refusal)).toBeTruthy();
    expect(bodiesOf(sent, 'transition')).toEqual([{ action: 'publish' }]);
    const actions = document.querySelector('.batch-actions') as HTMLElement;
    expect(within(actions).getAllByText(refusal).length).toBeGreaterThan(0);
  });

  test('退回 and 撤回 send their reasons', async () => {
    const sent = serve(staffBatch({ status: 'submitted', allowedActions: ['return'] }));
    const first = render(<ReviewPage />);
    fireEvent.click(await screen.findByText('退回'));
    await writeNote('有两条异议还没回复');
    fireEvent.click(await dialogButton('确认退回'));
    await waitFor(() =>
      expect(bodiesOf(sent, 'transition')).toEqual([
        { action: 'return', reason: '有两条异议还没回复' },
      ]),
    );
    first.unmount();

    const again = serve(staffBatch({ status: 'published', allowedActions: ['withdraw'] }));
    render(<ReviewPage />);
    await screen.findByText('撤回');
    fireEvent.click(button('撤回'));
    await writeNote('统计口径有误');
    fireEvent.click(await dialogButton('确认撤回'));
    await waitFor(() =>
      expect(bodiesOf(again, 'transition')).toEqual([
        { action: 'withdraw', reason: '统计口径有误' },
      ]),
    );
  });

  test('更正 sends the change note and opens the new version; exports open once published', async () => {
    const open = jest.spyOn(window, 'open').mockImplementation(() => null);
    const batch = staffBatch({ status: 'published', allowedActions: ['withdraw', 'correct'] });
    const sent = serve(batch);
    render(<ReviewPage />);
    fireEvent.click(await screen.findByText('导出CSV'));
    expect(open).toHaveBeenCalledWith(`/api/v1/disclosure/batches/${batch.id}/csv`, '_blank');
    fireEvent.click(screen.getByText('打印版'));
    expect(open).toHaveBeenLastCalledWith(`/api/v1/disclosure/batches/${batch.id}/print`, '_blank');
    fireEvent.click(screen.getByText('预览公开页面'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: disclosureRoutes.preview(batch.id) });

    fireEvent.click(screen.getByText('更正（生成新版本）'));
    await writeNote('一条投诉的结果更正为终止调解');
    fireEvent.click(await dialogButton('生成新版本'));
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: disclosureRoutes.review('NEWVERSION') }),
    );
    expect(bodiesOf(sent, 'correct')).toEqual([{ changeNote: '一条投诉的结果更正为终止调解' }]);
    open.mockRestore();
  });

  test('the creator sees why they cannot publish their own batch', async () => {
    serve(staffBatch({ status: 'submitted', createdBy: me, allowedActions: ['return'] }));
    render(<ReviewPage />);
    expect(await screen.findByText('这批由您新建或提交，需由其他工作人员审批发布')).toBeTruthy();
    expect(screen.queryByText('发布')).toBeNull();
  });
});
