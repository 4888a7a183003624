import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import type { ModelUnitApplication } from '@api/model-units';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import ReviewPage from '@/features/model-units/pages/review/index';
import { defaultValidUntil, validUntilError } from '@/features/model-units/review-rules';
import { pickedDate } from '@/domain/iso-date';
import { session } from '@/services/session';

const staffSession = {
  token: 'jwt-staff',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: '01JSTAFF0000000000000000AA', role: 'staff' as const, nickname: 'zhangsan' },
};

const application = (serial: number, patch: Partial<ModelUnitApplication> = {}) =>
  ({
    id: `APP${serial}`,
    merchantId: `01JMERCHANT${String(serial).padStart(15, '0')}`,
    merchantName: `青山惠民超市${serial}号店`,
    category: '商场超市',
    checklist: [
      { item: '明码标价，无价格欺诈', checked: true },
      { item: '承诺线下购物无理由退货', checked: false },
    ],
    note: '连续三年零投诉',
    photos: [
      { id: `P${serial}a`, url: `/api/v1/uploads/P${serial}a` },
      { id: `P${serial}b`, url: `/api/v1/uploads/P${serial}b` },
    ],
    status: 'submitted',
    submittedAt: `2026-03-0${serial}T02:00:00.000Z`,
    ...patch,
  }) as ModelUnitApplication;

const fetchMock = jest.fn();
beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () => ({
    ok: true,
    status: 200,
    blob: async () => new Blob(['x']),
  }));
  Object.assign(globalThis, { fetch: fetchMock });
  URL.createObjectURL = jest.fn(() => 'blob:photo');
});

const item = (name: string) => screen.getByText(name).closest('.review__item') as HTMLElement;
const button = (label: string) => screen.getByText(label).closest('.nut-button') as HTMLElement;
const requestUrls = () =>
  (Taro.request as unknown as jest.Mock).mock.calls.map(([options]) => options.url as string);

function queueWith(
  decisions: { id: string; data: unknown }[],
  replies: Record<string, unknown> = {},
) {
  return fakeApi({
    // The campaign year is not the calendar year: the dialog must name the profile's.
    'GET /region': ok({
      ...(seededRegion as Region),
      theme: { ...seededRegion.theme, year: 2031 },
    }),
    'GET /model-units/applications': [
      ok({ items: [application(1), application(2)], nextCursor: 'CURSOR2' }),
      ok({ items: [application(3)], nextCursor: null }),
    ],
    ...Object.fromEntries(
      [1, 2, 3].map((serial) => [
        `POST /model-units/applications/APP${serial}/review`,
        (options: { data?: unknown }) => {
          decisions.push({ id: `APP${serial}`, data: options.data });
          return (
            (replies[`APP${serial}`] as never) ?? ok(application(serial, { status: 'approved' }))
          );
        },
      ]),
    ),
  });
}

describe('review rules', () => {
  test('valid until: after today; the default is a year from today', () => {
    const today = dayjs('2026-03-15');
    expect(defaultValidUntil(today)).toBe('2027-03-15');
    expect(validUntilError('2026-03-15', today)).toBe('有效期须晚于今天');
    expect(validUntilError('2026-03-14', today)).toBe('有效期须晚于今天');
    expect(validUntilError('2026-03-16', today)).toBeUndefined();
    expect(validUntilError('', today)).toBe('请选择有效期');
    expect(pickedDate(['2027', '3', '4'])).toBe('2027-03-04');
  });
});

describe('示范单位审核', () => {
  test('oldest first, expandable with checklist ✓/✗, note, photos and the merchant link; pages on', async () => {
    queueWith([]);
    render(<ReviewPage />);
    expect(await screen.findByText('青山惠民超市1号店')).toBeTruthy();
    expect(requestUrls().find((url) => url.includes('/model-units/applications'))).toContain(
      'status=submitted',
    );
    const names = Array.from(document.querySelectorAll('.review__name')).map((n) => n.textContent);
    expect(names).toEqual(['青山惠民超市1号店', '青山惠民超市2号店']);
    expect(screen.queryByText('明码标价，无价格欺诈')).toBeNull();

    fireEvent.click(within(item('青山惠民超市1号店')).getByText('展开'));
    const one = within(item('青山惠民超市1号店'));
    expect(one.getByText('明码标价，无价格欺诈').previousSibling?.textContent).toBe('✓');
    expect(one.getByText('承诺线下购物无理由退货').previousSibling?.textContent).toBe('✗');
    expect(one.getByText('连续三年零投诉')).toBeTruthy();
    expect(one.getByText('照片（2）')).toBeTruthy();
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/uploads/P1a', {
      headers: { Authorization: 'Bearer jwt-staff' },
    });
    fireEvent.click(one.getByText('查看商家页面：青山惠民超市1号店 ›'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/merchants/pages/detail/index?id=${application(1).merchantId}`,
    });

    expect(screen.getByText('上拉或点此加载更多')).toBeTruthy();
    act(() => taroTest.reachBottom());
    expect(await screen.findByText('青山惠民超市3号店')).toBeTruthy();
    expect(requestUrls().at(-1)).toContain('cursor=CURSOR2');
    expect(screen.getByText('没有更多了')).toBeTruthy();
  });

  test('通过: level and valid-until (a year from today by default) are sent; the item leaves', async () => {
    const decisions: { id: string; data: unknown }[] = [];
    queueWith(decisions);
    render(<ReviewPage />);
    await screen.findByText('青山惠民超市1号店');
    fireEvent.click(within(item('青山惠民超市2号店')).getByText('展开'));
    fireEvent.click(within(item('青山惠民超市2号店')).getByText('通过'));

    const expected = dayjs().add(1, 'year');
    expect(await screen.findByText(`有效期至 ${expected.format('YYYY年M月D日')}`)).toBeTruthy();
    expect(await screen.findByText(/授予 2031年度 商场超市 类放心消费示范单位/)).toBeTruthy();
    fireEvent.click(screen.getByText('市级'));
    // The date picker opens and confirms its current choice.
    fireEvent.click(screen.getByText('修改日期'));
    fireEvent.click(await screen.findByText('确认'));
    expect(screen.getByText(`有效期至 ${expected.format('YYYY年M月D日')}`)).toBeTruthy();

    fireEvent.click(button('确认通过'));
    await waitFor(() => expect(screen.queryByText('青山惠民超市2号店')).toBeNull());
    expect(decisions).toEqual([
      {
        id: 'APP2',
        data: { decision: 'approve', level: '市级', validUntil: expected.format('YYYY-MM-DD') },
      },
    ]);
    expect(screen.getByText('青山惠民超市1号店')).toBeTruthy();
  });

  test('驳回 sends the reason; a failure keeps the item', async () => {
    const decisions: { id: string; data: unknown }[] = [];
    queueWith(decisions, { APP1: fail(500, 'INTERNAL', '服务器开小差了，请稍后再试') });
    const { container } = render(<ReviewPage />);
    await screen.findByText('青山惠民超市1号店');
    const reject = async (name: string) => {
      fireEvent.click(within(item(name)).getByText('展开'));
      fireEvent.click(within(item(name)).getByText('驳回'));
      await waitFor(() => expect(container.querySelector('textarea')).toBeTruthy());
      fireEvent.input(container.querySelector('textarea')!, {
        target: { value: '价目公示照片不清晰' },
      });
      await waitFor(() =>
        expect(button('确认驳回').classList.contains('nut-button-disabled')).toBe(false),
      );
      fireEvent.click(button('确认驳回'));
    };

    await reject('青山惠民超市1号店');
    await waitFor(() => expect(decisions).toHaveLength(1));
    expect(screen.getByText('青山惠民超市1号店')).toBeTruthy();
    fireEvent.click(screen.getByText('取消'));

    await reject('青山惠民超市2号店');
    await waitFor(() => expect(screen.queryByText('青山惠民超市2号店')).toBeNull());
    expect(screen.getByText('青山惠民超市1号店')).toBeTruthy();
    expect(decisions.map((d) => d.id)).toEqual(['APP1', 'APP2']);
    expect(decisions.map((d) => d.data)).toEqual([
      { decision: 'reject', reason: '价目公示照片不清晰' },
      { decision: 'reject', reason: '价目公示照片不清晰' },
    ]);
  });

  test('empty queue; not staff', async () => {
    fakeApi({ 'GET /model-units/applications': ok({ items: [], nextCursor: null }) });
    const { unmount } = render(<ReviewPage />);
    expect(await screen.findByText('没有待审核的申请')).toBeTruthy();
    unmount();

    session.save({ ...staffSession, user: { ...staffSession.user, role: 'consumer' } });
    render(<ReviewPage />);
    expect(screen.getByText('仅工作人员可用')).toBeTruthy();
  });
});
