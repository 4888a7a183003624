import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { FollowUpBody } from '@api/disclosure';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import {
  BATCH_ID,
  followUp,
  MERCHANT_ID,
  staffSession,
} from './support/disclosure-follow-up-fixtures';
import FollowUpPage from '@/features/disclosure/pages/follow-up/index';
import { session } from '@/services/session';

const DRAFT = `fx.draft.follow-up-new-business-${MERCHANT_ID}`;
const NOTES = '约谈超市负责人，通报公示情况，要求一周内整改退换货流程。';

beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
});

const field = (selector: string) =>
  waitFor(() => {
    const found = document.querySelector<HTMLInputElement>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  });
const type = async (selector: string, value: string) =>
  fireEvent.input(await field(selector), { target: { value } });
const errorOf = (label: string) =>
  screen.getByText(label).closest('.form-field')?.querySelector('.form-field__error')
    ?.textContent ?? '';

function serve() {
  const sent: { method: string; data: FollowUpBody }[] = [];
  const record = (options: { method?: string; data?: unknown }) => {
    sent.push({ method: options.method ?? 'GET', data: options.data as FollowUpBody });
    return { statusCode: options.method === 'POST' ? 201 : 200, data: followUp(1) };
  };
  fakeApi({
    [`GET /merchants/${MERCHANT_ID}`]: ok({ id: MERCHANT_ID, name: '青山惠民超市' }),
    'POST /disclosure/follow-ups': record,
    [`GET /disclosure/follow-ups/${followUp(1).id}`]: ok(followUp(1)),
    [`PUT /disclosure/follow-ups/${followUp(1).id}`]: record,
  });
  return sent;
}

describe('记录跟进', () => {
  test('opened from a flag: the target is named; the rules show by field; nothing is sent', async () => {
    const sent = serve();
    taroTest.setRouterParams({ merchantId: MERCHANT_ID, batchId: BATCH_ID });
    render(<FollowUpPage />);
    expect(await screen.findByText('青山惠民超市')).toBeTruthy();

    fireEvent.click(screen.getByText('保存跟进记录'));
    await waitFor(() => expect(errorOf('承办人员')).toBe('请填写承办人员'));
    expect(errorOf('跟进情况')).toBe('请填写跟进情况');
    await type('input[name="handledBy"]', '张');
    await waitFor(() => expect(errorOf('承办人员')).toBe('承办人员至少2个字'));

    // 已完成 asks at once for how it ended.
    fireEvent.click(screen.getByText('已完成'));
    await waitFor(() => expect(errorOf('处理结果')).toBe('已完成的跟进请填写处理结果'));
    expect(sent).toHaveLength(0);
  });

  test('the draft survives a remount and is sent with its target and batch, then forgotten', async () => {
    const sent = serve();
    taroTest.setRouterParams({ merchantId: MERCHANT_ID, batchId: BATCH_ID });
    const first = render(<FollowUpPage />);
    fireEvent.click(await screen.findByText('约谈'));
    await type('input[name="handledBy"]', '张科长、李干事');
    await type('textarea[name="notes"]', NOTES);
    await waitFor(() => expect(taroTest.storage.get(DRAFT)).toBeTruthy());
    first.unmount();

    render(<FollowUpPage />);
    expect(await screen.findByText('已恢复上次未保存的内容。')).toBeTruthy();
    expect((await field('input[name="handledBy"]')).value).toBe('张科长、李干事');
    fireEvent.click(screen.getByText('保存跟进记录'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].method).toBe('POST');
    expect(sent[0].data).toEqual({
      target: { kind: 'business', merchantId: MERCHANT_ID },
      type: '约谈',
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      handledBy: '张科长、李干事',
      notes: NOTES,
      attachments: [],
      status: 'open',
      batchId: BATCH_ID,
    });
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled());
    expect(taroTest.storage.get(DRAFT)).toBeUndefined();
  });

  test('an industry from the query is the target', async () => {
    taroTest.setRouterParams({ industry: '预付式消费', batchId: BATCH_ID });
    serve();
    render(<FollowUpPage />);
    expect(await screen.findByText('行业：预付式消费')).toBeTruthy();
  });

  test('?id edits the stored follow-up and PUTs it with its outcome', async () => {
    const sent = serve();
    taroTest.setRouterParams({ id: followUp(1).id });
    render(<FollowUpPage />);
    expect((await field('input[name="handledBy"]')).value).toBe('张科长、李干事');
    fireEvent.click(screen.getByText('已完成'));
    await type('textarea[name="outcome"]', '已整改，新增退换货登记台账');
    fireEvent.click(screen.getByText('保存跟进记录'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].method).toBe('PUT');
    expect(sent[0].data).toMatchObject({
      target: { kind: 'business', merchantId: MERCHANT_ID },
      status: 'done',
      outcome: '已整改，新增退换货登记台账',
      batchId: BATCH_ID,
    });
  });
});
