import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { MembershipReview } from '@api/merchants';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { creditCode, detail } from './support/merchants-fixtures';
import VerifyPage from '@/features/merchants/pages/verify/index';
import { session } from '@/services/session';

const staffSession = {
  token: 'jwt-staff',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: '01JSTAFF0000000000000000AA', role: 'staff' as const, nickname: 'zhangsan' },
};

const request = (serial: number, patch: Partial<MembershipReview> = {}): MembershipReview => ({
  id: `01JMEMBER${String(serial).padStart(17, '0')}`,
  merchantId: `01JMERCHANT${String(serial).padStart(15, '0')}`,
  merchantName: `青山惠民超市${serial}号店`,
  creditCode: creditCode(serial),
  role: 'owner',
  status: 'pending',
  createdAt: '2026-03-01T02:00:00.000Z',
  contactName: `李${serial}`,
  contactPhone: `1380013800${serial}`,
  licencePhoto: { id: `UP${serial}`, url: `/api/v1/uploads/UP${serial}` },
  applicantId: `01JUSER${serial}`,
  business: {
    name: `青山惠民超市${serial}号店`,
    type: '个体工商户',
    industry: '商场超市',
    town: '城关镇',
    address: `城关镇人民路${serial}号`,
  },
  ...patch,
});

const fetchMock = jest.fn();
beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
  fetchMock.mockReset();
  fetchMock.mockImplementation(async (url: string) => ({
    ok: true,
    status: 200,
    blob: async () => new Blob([url]),
  }));
  Object.assign(globalThis, { fetch: fetchMock });
  let serial = 0;
  URL.createObjectURL = jest.fn(() => `blob:licence-${++serial}`);
});

/** NutUI's Button in jsdom: a taro-button-core whose disabled state is a class. */
const button = (label: string) => screen.getByText(label).closest('.nut-button') as HTMLElement;
const disabled = (element: HTMLElement) => element.classList.contains('nut-button-disabled');

const card = (name: string) => screen.getByText(name).closest('.verify__card') as HTMLElement;

const routes = (queue: MembershipReview[], extra: Record<string, unknown> = {}) => {
  const calls: { url: string; data: unknown }[] = [];
  const api = fakeApi({
    'GET /merchants/memberships': ok({ items: queue, nextCursor: null }),
    [`GET /merchants/${request(3).merchantId}`]: ok(
      detail({ name: '青山惠民超市3号店', address: '城关镇名录路3号', status: 'listed' }),
    ),
    ...Object.fromEntries(
      queue.map((item) => [
        `POST /merchants/memberships/${item.id}/verification`,
        (options: { url: string; data?: unknown }) => {
          calls.push({ url: options.url, data: options.data });
          return (extra[item.id] as { statusCode: number; data: unknown }) ?? ok(item);
        },
      ]),
    ),
  });
  return { api, calls };
};

describe('商家核验', () => {
  test('each request with its facts, unmasked contact (audited) and the licence fetched with the token', async () => {
    routes([
      request(1, { registeredArea: '贵州省遵义市桐梓县' }),
      request(2, { role: 'member', business: undefined }),
      request(3, { business: undefined }),
    ]);
    render(<VerifyPage />);
    expect(await screen.findByText('青山惠民超市1号店')).toBeTruthy();
    const one = within(card('青山惠民超市1号店'));
    // The credit code's 行政区划码 as the server names it, never the bare 520322.
    expect(one.getByText('登记地：贵州省遵义市桐梓县')).toBeTruthy();
    expect(card('青山惠民超市1号店').textContent).not.toContain('行政区划 520322');
    expect(
      within(card('青山惠民超市2号店')).getByText(/登记地：行政区划代码 520322 不在代码表中/),
    ).toBeTruthy();
    expect(one.getByText('联系人：李1')).toBeTruthy();
    expect(one.getByText('联系电话：13800138001')).toBeTruthy();
    expect(one.getByText('查看记录已留痕')).toBeTruthy();
    expect(one.getByText('商家入驻')).toBeTruthy();
    // What the applicant entered, to compare with the licence.
    expect(one.getByText('地址：城关镇人民路1号')).toBeTruthy();
    expect(one.getByText('个体工商户 · 商场超市 · 城关镇')).toBeTruthy();
    expect(within(card('青山惠民超市2号店')).getByText('加入已登记商家')).toBeTruthy();
    // Without the submitted facts: the public record, or a plain note.
    expect(
      await within(card('青山惠民超市3号店')).findByText('地址：城关镇名录路3号'),
    ).toBeTruthy();
    expect(await within(card('青山惠民超市2号店')).findByText('暂无该商家的登记信息')).toBeTruthy();

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(3));
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/uploads/UP1', {
      headers: { Authorization: 'Bearer jwt-staff' },
    });
    const image = await waitFor(() => {
      const found = card('青山惠民超市1号店').querySelector('.verify__licence-image[src^="blob:"]');
      if (!found) throw new Error('licence not shown yet');
      return found as HTMLElement;
    });
    fireEvent.click(image);
    const src = image.getAttribute('src');
    expect(Taro.previewImage).toHaveBeenCalledWith({ current: src, urls: [src] });
  });

  test('通过 sends approve after confirmation; the request leaves the queue', async () => {
    const { calls } = routes([request(1), request(2)]);
    render(<VerifyPage />);
    await screen.findByText('青山惠民超市1号店');
    fireEvent.click(within(card('青山惠民超市1号店')).getByText('通过'));
    fireEvent.click(await screen.findByText('确认通过'));
    await waitFor(() => expect(screen.queryByText('青山惠民超市1号店')).toBeNull());
    expect(calls).toEqual([
      {
        url: expect.stringContaining(`/memberships/${request(1).id}/verification`),
        data: { decision: 'approve' },
      },
    ]);
    expect(screen.getByText('青山惠民超市2号店')).toBeTruthy();
  });

  test('驳回 needs a reason of at least 2 characters; a failed request keeps the item', async () => {
    const { calls } = routes([request(1)], {
      [request(1).id]: fail(500, 'INTERNAL', '服务器开小差了，请稍后再试'),
    });
    const { container } = render(<VerifyPage />);
    await screen.findByText('青山惠民超市1号店');
    fireEvent.click(within(card('青山惠民超市1号店')).getByText('驳回'));
    await screen.findByText('确认驳回');
    expect(disabled(button('确认驳回'))).toBe(true);

    const textarea = () => container.querySelector('textarea') as HTMLTextAreaElement;
    await waitFor(() => expect(textarea()).toBeTruthy());
    fireEvent.input(textarea(), { target: { value: '糊' } });
    expect(await screen.findByText('请填写驳回原因（至少2个字）')).toBeTruthy();
    expect(disabled(button('确认驳回'))).toBe(true);

    fireEvent.input(textarea(), { target: { value: '营业执照照片模糊，请重新拍摄' } });
    await waitFor(() => expect(disabled(button('确认驳回'))).toBe(false));
    fireEvent.click(button('确认驳回'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].data).toEqual({ decision: 'reject', reason: '营业执照照片模糊，请重新拍摄' });
    // The server failed: still in the queue.
    expect(screen.getByText('青山惠民超市1号店')).toBeTruthy();
  });

  test('驳回 that succeeds removes the item; an empty queue says so', async () => {
    const { calls } = routes([request(1)]);
    const { container } = render(<VerifyPage />);
    await screen.findByText('青山惠民超市1号店');
    fireEvent.click(screen.getByText('驳回'));
    await waitFor(() => expect(container.querySelector('textarea')).toBeTruthy());
    fireEvent.input(container.querySelector('textarea')!, { target: { value: '名称与执照不符' } });
    await waitFor(() => expect(disabled(button('确认驳回'))).toBe(false));
    fireEvent.click(button('确认驳回'));
    expect(await screen.findByText('没有待核验的申请')).toBeTruthy();
    expect(calls[0].data).toEqual({ decision: 'reject', reason: '名称与执照不符' });
  });

  test('when a page of the queue is done, the next oldest requests load', async () => {
    const decided: string[] = [];
    const api = fakeApi({
      'GET /merchants/memberships': [
        ok({ items: [request(1)], nextCursor: 'NEXT' }),
        ok({ items: [request(2)], nextCursor: null }),
      ],
      [`POST /merchants/memberships/${request(1).id}/verification`]: () => {
        decided.push(request(1).id);
        return ok(request(1));
      },
    });
    render(<VerifyPage />);
    expect(await screen.findByText('最早提交的 1 条，处理完后自动加载后面的申请')).toBeTruthy();
    fireEvent.click(screen.getByText('通过'));
    fireEvent.click(await screen.findByText('确认通过'));
    expect(await screen.findByText('青山惠民超市2号店')).toBeTruthy();
    expect(screen.queryByText('青山惠民超市1号店')).toBeNull();
    expect(decided).toEqual([request(1).id]);
    expect(api.calls.filter((call) => call === 'GET /merchants/memberships')).toHaveLength(2);
  });

  test('not staff: a clear message, no queue request', () => {
    session.save({ ...staffSession, user: { ...staffSession.user, role: 'merchant' } });
    const api = fakeApi({});
    render(<VerifyPage />);
    expect(screen.getByText('仅工作人员可用')).toBeTruthy();
    expect(api.calls).toEqual([]);
  });
});
