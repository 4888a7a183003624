import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ComplaintDetail } from '@api/complaints';
import * as contract from '@api/complaints';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { detail, sessionFor } from './support/complaints-fixtures';
import ComplaintDetailPage from '@/features/complaints/pages/detail/index';
import * as labels from '@/features/complaints/labels';
import { session } from '@/services/session';

const ID = detail().id;
const fetchMock = jest.fn();
beforeEach(() => {
  taroTest.reset();
  taroTest.setRouterParams({ id: ID });
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () => ({
    ok: true,
    status: 200,
    blob: async () => new Blob(['x']),
  }));
  Object.assign(globalThis, { fetch: fetchMock });
  URL.createObjectURL = jest.fn(() => 'blob:photo');
});

type Sent = { path: string; data: unknown; key?: string };

/** The detail as `initial`, then every action answered with `after` (or a programmed reply). */
function serve(initial: ComplaintDetail, after: Partial<ComplaintDetail> = {}, reply?: unknown) {
  const sent: Sent[] = [];
  const answer =
    (path: string) => (options: { data?: unknown; header?: Record<string, string> }) => {
      sent.push({ path, data: options.data, key: options.header?.['Idempotency-Key'] });
      return (reply as never) ?? ok({ ...initial, ...after });
    };
  fakeApi({
    [`GET /complaints/${ID}`]: ok(initial),
    [`POST /complaints/${ID}/transitions`]: answer('transitions'),
    [`POST /complaints/${ID}/messages`]: answer('messages'),
    [`POST /complaints/${ID}/rating`]: answer('rating'),
  });
  return sent;
}

const button = (label: string) => screen.getByText(label).closest('.nut-button') as HTMLElement;
const textarea = () =>
  waitFor(() => {
    const found = document.querySelector<HTMLTextAreaElement>('.complaint-action textarea');
    if (!found) throw new Error('no textarea');
    return found;
  });
const typeIn = async (value: string) => fireEvent.input(await textarea(), { target: { value } });
const open = async (action: string) => fireEvent.click(await screen.findByText(action));
const confirm = (label: string) => fireEvent.click(button(label));

test('the client lists match the contract word for word', () => {
  expect(labels.COMPLAINT_CATEGORIES).toEqual(contract.COMPLAINT_CATEGORIES);
  expect(labels.REQUEST_KINDS).toEqual(contract.REQUEST_KINDS);
  expect(labels.COMPLAINT_STATUSES).toEqual(contract.COMPLAINT_STATUSES);
  expect(labels.REJECT_REASONS).toEqual(contract.REJECT_REASONS);
  expect(labels.TERMINATE_REASONS).toEqual(contract.TERMINATE_REASONS);
});

describe('投诉详情 — consumer', () => {
  beforeEach(() => session.save(sessionFor('consumer')));

  test('header, deadline, facts, and the timeline with Shanghai times and actor labels', async () => {
    serve(
      detail({
        status: 'mediating',
        mediationDeadline: '2026-05-20',
        dueSoon: true,
        pausedForTesting: true,
        timeline: [
          {
            id: 'T1',
            at: '2026-03-15T02:05:00.000Z',
            actor: 'consumer',
            kind: 'status',
            status: 'submitted',
            message: '提交投诉',
          },
          {
            id: 'T2',
            at: '2026-03-16T01:00:00.000Z',
            actor: 'staff',
            kind: 'status',
            status: 'accepted',
            message: '符合受理条件',
          },
          {
            id: 'T3',
            at: '2026-03-16T16:30:00.000Z',
            actor: 'merchant',
            kind: 'proposal',
            message: '可退款并补偿',
            amount: 150,
          },
          {
            id: 'T4',
            at: '2026-03-17T03:00:00.000Z',
            actor: 'system',
            kind: 'status',
            status: 'mediating',
            message: '开始调解（电话）',
          },
        ],
      }),
    );
    render(<ComplaintDetailPage />);
    expect(await screen.findByText('青山惠民超市1号店')).toBeTruthy();
    expect(screen.getAllByText('调解中').length).toBeGreaterThan(0);
    expect(screen.getByText('调解期限：2026年5月20日（含）')).toBeTruthy();
    expect(screen.getByText('即将到期')).toBeTruthy();
    expect(screen.getByText('暂停计时（检测鉴定中）')).toBeTruthy();
    expect(screen.getByText('要求赔偿：100.00 元')).toBeTruthy();

    const entries = Array.from(document.querySelectorAll('.timeline__entry')).map((entry) =>
      Array.from(
        entry.querySelectorAll(
          '.timeline__what, .timeline__actor, .timeline__time, .timeline__message',
        ),
      ).map((node) => node.textContent),
    );
    expect(entries).toEqual([
      ['待受理', '消费者', '2026-03-15 10:05', '提交投诉'],
      ['已受理', '工作人员', '2026-03-16 09:00', '符合受理条件'],
      ['和解方案', '商家', '2026-03-17 00:30', '可退款并补偿'],
      ['调解中', '系统', '2026-03-17 11:00', '开始调解（电话）'],
    ]);
    expect(screen.getByText('金额：150.00 元')).toBeTruthy();
    // No actions allowed: no buttons.
    expect(screen.queryByText('办理')).toBeNull();
  });

  test('补充说明, 撤回投诉 and 评价 send the right bodies and redraw from the answer', async () => {
    const sent = serve(detail({ allowedActions: ['note', 'evidence', 'withdraw'] }), {
      allowedActions: ['note', 'withdraw'],
    });
    render(<ComplaintDetailPage />);
    await open('补充说明');
    // Empty text is refused in the dialog.
    confirm('确认补充说明');
    expect(await screen.findByText('请填写内容')).toBeTruthy();
    await typeIn('商家今天又打电话说不退了');
    confirm('确认补充说明');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      path: 'messages',
      data: { kind: 'note', message: '商家今天又打电话说不退了' },
    });
    await waitFor(() => expect(screen.queryByText('补充证据')).toBeNull());

    await open('撤回投诉');
    expect(screen.getByText('撤回后本投诉将不再办理。确定要撤回吗？')).toBeTruthy();
    confirm('确认撤回投诉');
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ path: 'transitions', data: { action: 'withdraw' } });
  });

  test('评价 after the end: 1–5 stars and a comment', async () => {
    const sent = serve(
      detail({
        status: 'closed',
        outcome: { status: 'settled', agreement: '商家退款299元', amountRecovered: 299 },
        allowedActions: ['rate'],
      }),
      { allowedActions: [], rating: { score: 4, comment: '处理及时', at: '2026-03-20T02:00:00Z' } },
    );
    render(<ComplaintDetailPage />);
    expect(await screen.findByText('调解协议：商家退款299元')).toBeTruthy();
    expect(screen.getByText('挽回经济损失：299.00 元')).toBeTruthy();
    await open('评价');
    confirm('提交评价');
    expect(await screen.findByText('请点选1–5颗星')).toBeTruthy();
    const stars = document.querySelectorAll('.complaint-action .nut-rate-item');
    expect(stars).toHaveLength(5);
    fireEvent.click(stars[3]);
    await typeIn('处理及时');
    confirm('提交评价');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      path: 'rating',
      data: { score: 4, comment: '处理及时' },
      key: expect.any(String),
    });
    expect(await screen.findByLabelText('评价 4 星')).toBeTruthy();
  });

  test('a rejection shows its 第十五条 reason and the other routes', async () => {
    serve(
      detail({
        status: 'rejected',
        outcome: {
          status: 'rejected',
          reason: 'already-handled',
          otherRoutes: ['向人民法院提起诉讼', '申请仲裁'],
        },
      }),
    );
    render(<ComplaintDetailPage />);
    expect(
      await screen.findByText('不予受理理由：同一争议已由法院、仲裁机构、消费者协会等受理或处理'),
    ).toBeTruthy();
    expect(screen.getByText('· 向人民法院提起诉讼')).toBeTruthy();
  });
});

describe('投诉详情 — staff', () => {
  beforeEach(() => session.save(sessionFor('staff')));

  test('the header keeps the tracking number and the time each whole (no "2026-/03-15" breaks)', async () => {
    serve(detail());
    const { container } = render(<ComplaintDetailPage />);
    await screen.findByText(`投诉编号 ${detail().trackingNo}`);
    const pieces = Array.from(container.querySelectorAll('.complaint-detail__whole')).map(
      (piece) => piece.textContent,
    );
    expect(pieces).toEqual([`投诉编号 ${detail().trackingNo}`, '2026-03-15 10:05 提交']);
  });

  test('受理 and 不予受理 (a 第十五条 reason) send their bodies', async () => {
    const sent = serve(detail({ allowedActions: ['accept', 'reject'] }));
    render(<ComplaintDetailPage />);
    expect(await screen.findByText('受理期限：2026年3月24日（含）')).toBeTruthy();
    // Staff see the complainant whole, and can call.
    expect(screen.getByText('13800138000 拨打')).toBeTruthy();

    await open('受理');
    confirm('确认受理');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].data).toEqual({ action: 'accept' });

    await open('不予受理');
    confirm('确认不予受理');
    expect(await screen.findByText('请选择不予受理的理由')).toBeTruthy();
    fireEvent.click(screen.getByText(`（四）${contract.REJECT_REASONS['over-three-years']}`));
    await typeIn('购买于2022年');
    confirm('确认不予受理');
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1].data).toEqual({
      action: 'reject',
      reason: 'over-three-years',
      note: '购买于2022年',
    });
  });

  test('调解成功 needs an agreement and the amount; 终止调解 a 第二十一条 reason', async () => {
    const sent = serve(
      detail({
        status: 'mediating',
        mediationDeadline: '2026-05-20',
        allowedActions: ['note', 'pause-for-testing', 'settle', 'terminate'],
      }),
    );
    render(<ComplaintDetailPage />);
    expect(await screen.findByText('记录调解情况')).toBeTruthy();

    await open('调解成功');
    await typeIn('退款');
    confirm('确认调解成功');
    expect(await screen.findByText('请填写调解协议内容（至少5个字）')).toBeTruthy();
    await typeIn('商家退还货款299元并赔偿100元');
    fireEvent.input(document.querySelector('input[name="actionAmount"]')!, {
      target: { value: '399' },
    });
    confirm('确认调解成功');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].data).toEqual({
      action: 'settle',
      agreement: '商家退还货款299元并赔偿100元',
      amountRecovered: 399,
    });

    await open('终止调解');
    fireEvent.click(screen.getByText(contract.TERMINATE_REASONS['refused-to-mediate']));
    confirm('确认终止调解');
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1].data).toEqual({ action: 'terminate', reason: 'refused-to-mediate' });
    expect(sent[0].key).not.toBe(sent[1].key);
  });

  test('a 409 INVALID_TRANSITION shows its message and the complaint as it now stands', async () => {
    serve(
      detail({ allowedActions: ['accept'] }),
      {},
      fail(409, 'INVALID_TRANSITION', '该投诉已被其他工作人员受理，不能重复受理'),
    );
    render(<ComplaintDetailPage />);
    await open('受理');
    confirm('确认受理');
    const alert = await screen.findByText('该投诉已被其他工作人员受理，不能重复受理');
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    await waitFor(() => expect(document.querySelector('.complaint-action')).toBeNull());
  });
});

describe('投诉详情 — merchant', () => {
  beforeEach(() => session.save(sessionFor('merchant')));

  test('sees the complainant masked as given, and proposes a settlement with an amount', async () => {
    const sent = serve(
      detail({
        complainant: { name: '张*', phone: '138****8000', address: '城关镇幸福****' },
        allowedActions: ['reply', 'proposal'],
      }),
    );
    render(<ComplaintDetailPage />);
    expect(await screen.findByText('张*')).toBeTruthy();
    expect(screen.getByText('138****8000')).toBeTruthy();
    expect(screen.queryByText('13800138000')).toBeNull();
    expect(
      screen.getAllByText('请于 2026年3月27日（含）前与消费者协商和解').length,
    ).toBeGreaterThan(0);

    await open('提出和解方案');
    await typeIn('同意退货退款，另补偿50元');
    fireEvent.input(document.querySelector('input[name="actionAmount"]')!, {
      target: { value: '50' },
    });
    confirm('确认提出和解方案');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({
      path: 'messages',
      data: { kind: 'proposal', message: '同意退货退款，另补偿50元', amount: 50 },
    });
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '已提出和解方案', icon: 'success' });
  });
});
