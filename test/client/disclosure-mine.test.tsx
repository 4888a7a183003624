import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ResponseBody } from '@api/disclosure';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import {
  merchantRow,
  merchantSession,
  myItem,
  response,
} from './support/disclosure-follow-up-fixtures';
import MinePage from '@/features/disclosure/pages/mine/index';
import { session } from '@/services/session';

const ROW = merchantRow(1);
const DRAFT = `fx.draft.disclosure-response-${ROW.id}`;
const TEXT = '该投诉已于2月5日为消费者全额退款，双方已和解。';

beforeEach(() => {
  taroTest.reset();
  session.save(merchantSession);
});

const textarea = () =>
  waitFor(() => {
    const found = document.querySelector<HTMLTextAreaElement>(
      `textarea[name="response-${ROW.id}"]`,
    );
    if (!found) throw new Error('no response form');
    return found;
  });
const stored = () => {
  const raw = taroTest.storage.get(DRAFT);
  return typeof raw === 'string'
    ? (JSON.parse(raw) as { value: { kind: string; text: string }; idempotencyKey: string })
    : undefined;
};
const errorOf = (label: string) =>
  screen.getByText(label).closest('.form-field')?.querySelector('.form-field__error')
    ?.textContent ?? '';

describe('公示异议与说明', () => {
  test('each row shows its facts and the decisions on its answers; the deadline is said', async () => {
    const row = merchantRow(1, {
      responses: [
        response({ id: 'r1', decision: 'pending' }),
        response({
          id: 'r2',
          kind: 'statement',
          decision: 'upheld',
          text: '已整改，增设退换货柜台。',
        }),
        response({ id: 'r3', decision: 'refused', decisionReason: '退款发生在受理之后，结果不变' }),
      ],
    });
    const excluded = merchantRow(2, { published: false, outcome: 'terminated' });
    fakeApi({ 'GET /disclosure/mine': ok({ items: [myItem({ rows: [row, excluded] })] }) });
    render(<MinePage />);

    expect(await screen.findByText(/请于3月20日前提出异议或补充说明/)).toBeTruthy();
    expect(screen.getByText('受理4件，调解成功3件，成功率75%，办结用时中位数6天')).toBeTruthy();
    const card = screen.getByLabelText(`投诉 ${row.trackingNo}`);
    expect(within(card).getByText('将公示')).toBeTruthy();
    expect(within(card).getByText('受理日期：2月3日')).toBeTruthy();
    expect(within(card).getByText('处理结果：调解成功')).toBeTruthy();
    expect(within(card).getByText('待处理')).toBeTruthy();
    expect(within(card).getByText('已采纳')).toBeTruthy();
    expect(within(card).getByText('未采纳：退款发生在受理之后，结果不变')).toBeTruthy();

    const other = screen.getByLabelText(`投诉 ${excluded.trackingNo}`);
    expect(within(other).getByText('不公示')).toBeTruthy();
    expect(within(other).getByText('这条不公示，无需提出异议。')).toBeTruthy();
    expect(other.querySelector('textarea')).toBeNull();
  });

  test('the text is checked as it is typed and nothing is sent while it is too short', async () => {
    const { calls } = fakeApi({ 'GET /disclosure/mine': ok({ items: [myItem()] }) });
    render(<MinePage />);
    fireEvent.input(await textarea(), { target: { value: '不是我家' } });
    await waitFor(() => expect(errorOf('内容')).toBe('内容至少10个字'));
    expect(screen.getByLabelText('字数').textContent).toBe('4/300');
    fireEvent.click(screen.getByText('提交异议'));
    expect(calls.filter((call) => call.startsWith('POST'))).toHaveLength(0);

    fireEvent.input(await textarea(), { target: { value: TEXT } });
    await waitFor(() => expect(errorOf('内容')).toBe(''));
  });

  test('the draft survives a remount, is sent once with its key, and is forgotten after', async () => {
    const sent: { data: ResponseBody; key?: string }[] = [];
    const answered = merchantRow(1, { responses: [response({ kind: 'statement', text: TEXT })] });
    const { calls } = fakeApi({
      'GET /disclosure/mine': [
        ok({ items: [myItem()] }),
        ok({ items: [myItem({ rows: [answered] })] }),
      ],
      [`POST /disclosure/rows/${ROW.id}/responses`]: (options) => {
        sent.push({ data: options.data as ResponseBody, key: options.header?.['Idempotency-Key'] });
        return { statusCode: 201, data: response({ kind: 'statement', text: TEXT }) };
      },
    });
    const first = render(<MinePage />);
    await textarea();
    fireEvent.click(screen.getByText('情况说明'));
    fireEvent.input(await textarea(), { target: { value: TEXT } });
    await waitFor(() => expect(taroTest.storage.get(DRAFT)).toBeTruthy());
    first.unmount();

    render(<MinePage />);
    expect((await textarea()).value).toBe(TEXT);
    const key = stored()?.idempotencyKey;
    expect(stored()?.value.kind).toBe('statement');
    fireEvent.click(screen.getByText('提交情况说明'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].data).toEqual({ kind: 'statement', text: TEXT });
    expect(sent[0].key).toBe(key);
    await waitFor(() => expect(taroTest.storage.get(DRAFT)).toBeUndefined());
    // The page reloads and shows the answer waiting for staff.
    expect(await screen.findByText('待处理')).toBeTruthy();
    expect(calls.filter((call) => call === 'GET /disclosure/mine')).toHaveLength(3);
  });

  test('a lost answer keeps the draft and says so', async () => {
    fakeApi({
      'GET /disclosure/mine': ok({ items: [myItem()] }),
      [`POST /disclosure/rows/${ROW.id}/responses`]: new Error('offline'),
    });
    render(<MinePage />);
    fireEvent.input(await textarea(), { target: { value: TEXT } });
    await act(async () => {
      fireEvent.click(screen.getByText('提交异议'));
    });
    expect(await screen.findByText(/内容已保存在本机/, {}, { timeout: 5000 })).toBeTruthy();
    expect(stored()?.value.text).toBe(TEXT);
  });

  test('a period that ended meanwhile: the reason is told and the page shows the batch as it stands', async () => {
    fakeApi({
      'GET /disclosure/mine': [
        ok({ items: [myItem()] }),
        ok({ items: [myItem({ canRespond: false })] }),
      ],
      [`POST /disclosure/rows/${ROW.id}/responses`]: fail(
        409,
        'STATE_CONFLICT',
        '异议期已于3月20日结束',
      ),
    });
    render(<MinePage />);
    fireEvent.input(await textarea(), { target: { value: TEXT } });
    fireEvent.click(screen.getByText('提交异议'));
    expect(
      await screen.findByText('异议期已过（3月20日截止），不能再提出异议或补充说明。'),
    ).toBeTruthy();
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '异议期已于3月20日结束' }),
    );
    expect(document.querySelector('textarea')).toBeNull();
  });

  test('when answers are closed the page says why and offers no form', async () => {
    fakeApi({
      'GET /disclosure/mine': ok({
        items: [
          myItem({ canRespond: false }),
          myItem({
            batch: { ...myItem().batch, id: 'b2', title: '2025年第四季度投诉信息公示' },
            batchStatus: 'published',
            canRespond: false,
          }),
        ],
      }),
    });
    render(<MinePage />);
    expect(
      await screen.findByText('异议期已过（3月20日截止），不能再提出异议或补充说明。'),
    ).toBeTruthy();
    expect(screen.getByText('已公示，不能再提出异议或补充说明。')).toBeTruthy();
    expect(screen.getAllByText('已公示').length).toBeGreaterThan(0);
    expect(document.querySelector('textarea')).toBeNull();
    expect(screen.getByText('查看公示')).toBeTruthy();
  });

  test('a business named in no batch sees the empty state', async () => {
    fakeApi({ 'GET /disclosure/mine': ok({ items: [] }) });
    render(<MinePage />);
    expect(await screen.findByText('暂无涉及您经营主体的公示')).toBeTruthy();
  });
});
