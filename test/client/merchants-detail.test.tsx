import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { detail } from './support/merchants-fixtures';
import MerchantDetailPage from '@/features/merchants/pages/detail/index';
import { session } from '@/services/session';

const activeTitle = {
  id: 'MU1',
  certificateNo: 'QS-2026-SF-0007',
  category: '商场超市',
  level: '县级' as const,
  year: 2026,
  validFrom: '2026-03-15',
  validUntil: '2099-03-14',
  status: 'active' as const,
};
const revokedTitle = {
  ...activeTitle,
  id: 'MU0',
  certificateNo: 'QS-2025-SF-0003',
  year: 2025,
  validFrom: '2025-03-15',
  validUntil: '2026-03-14',
  status: 'revoked' as const,
  revokedOn: '2025-11-02',
  revokedReason: '经查实存在价格欺诈行为',
};

beforeEach(() => {
  taroTest.reset();
  session.clear();
});

describe('商家信息', () => {
  test('shows the facts and the valid title; an ended one says when and why', async () => {
    taroTest.setRouterParams({ id: detail().id });
    fakeApi({
      [`GET /merchants/${detail().id}`]: ok(
        detail({
          badges: {
            modelUnit: { category: '商场超市', level: '县级', year: 2026 },
            pledge: false,
            initiative: false,
          },
          modelUnits: [activeTitle, revokedTitle],
        }),
      ),
    });
    render(<MerchantDetailPage />);
    expect(await screen.findByText('青山惠民超市1号店')).toBeTruthy();
    expect(screen.getByText('证书编号：QS-2026-SF-0007')).toBeTruthy();
    expect(screen.getByText('有效')).toBeTruthy();
    expect(screen.getByText('已撤销')).toBeTruthy();
    expect(screen.getByText('已于2025年11月2日撤销：经查实存在价格欺诈行为')).toBeTruthy();
    // Consumers never get the staff action.
    expect(screen.queryByText('撤销示范单位')).toBeNull();

    fireEvent.click(screen.getByText('投诉该商家'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/complaints/pages/new/index?merchantId=${detail().id}`,
    });

    fireEvent.click(screen.getByText('导航'));
    expect(Taro.openLocation).toHaveBeenCalledWith(
      expect.objectContaining({ latitude: 27.72, longitude: 106.92 }),
    );
  });

  test('a pledge in plain words; withdrawn pledges are not shown as valid', async () => {
    taroTest.setRouterParams({ id: detail().id });
    fakeApi({
      [`GET /merchants/${detail().id}`]: ok(
        detail({
          pledges: [
            {
              id: 'P2',
              kind: 'offline-return',
              status: 'withdrawn',
              certificateNo: 'QS-CN-0002',
              signedAt: '2026-03-15T02:00:00.000Z',
              startsOn: '2026-03-15',
              windowDays: 7,
              excluded: ['定制商品'],
              endedOn: '2026-09-01',
              endedReason: '门店装修暂停营业',
            },
            {
              id: 'P3',
              kind: 'initiative',
              status: 'verified',
              certificateNo: 'QS-CY-0003',
              signedAt: '2026-03-15T02:00:00.000Z',
              startsOn: '2026-03-15',
            },
          ],
        }),
      ),
    });
    render(<MerchantDetailPage />);
    expect(await screen.findByText('线下购物 7 天无理由退货')).toBeTruthy();
    expect(screen.getByText('已撤回')).toBeTruthy();
    expect(screen.getByText('已撤回于2026年9月1日：门店装修暂停营业')).toBeTruthy();
    expect(screen.getByText('已于2026年3月15日签署县消保委放心消费倡议')).toBeTruthy();
    // An ended pledge opens its certificate but offers no complaint "按承诺".
    expect(screen.queryByText('按承诺退货遇到问题？去投诉 ›')).toBeNull();
    fireEvent.click(screen.getByText('查看承诺书 ›'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/pledges/pages/certificate/index?id=P2',
    });
  });

  test('by credit code: unknown → 未查到该商家 with the hotline; invalid → the reason', async () => {
    taroTest.setRouterParams({ code: '91350100M000100Y43' });
    fakeApi({
      'GET /merchants/by-code/91350100M000100Y43': {
        statusCode: 404,
        data: { code: 'MERCHANT_NOT_FOUND', message: '未查到该商家' },
      },
    });
    const first = render(<MerchantDetailPage />);
    expect(await screen.findByText('未查到该商家')).toBeTruthy();
    expect(screen.getByText('拨打 12315')).toBeTruthy();
    // An unregistered business can still be complained about.
    fireEvent.click(screen.getByText('我要投诉'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/complaints/pages/new/index' });
    first.unmount();

    taroTest.setRouterParams({ code: '91350100M000100Y44' });
    fakeApi({
      'GET /merchants/by-code/91350100M000100Y44': {
        statusCode: 400,
        data: { code: 'INVALID_CREDIT_CODE', message: '校验位错误：第18位应为"3"，请核对' },
      },
    });
    render(<MerchantDetailPage />);
    expect(await screen.findByText('校验位错误：第18位应为"3"，请核对')).toBeTruthy();
  });

  test('staff can revoke a valid title with a reason, and the page reloads', async () => {
    session.save({
      token: 'staff',
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      user: { id: 'S1', role: 'staff', nickname: '王科长' },
    });
    taroTest.setRouterParams({ id: detail().id });
    const api = fakeApi({
      [`GET /merchants/${detail().id}`]: [
        ok(detail({ modelUnits: [activeTitle] })),
        ok(
          detail({
            modelUnits: [
              {
                ...activeTitle,
                status: 'revoked',
                revokedOn: '2026-11-30',
                revokedReason: '多次被投诉',
              },
            ],
          }),
        ),
      ],
      'POST /model-units/MU1/revoke': ok({ ...activeTitle, status: 'revoked' }),
    });
    render(<MerchantDetailPage />);
    fireEvent.click(await screen.findByText('撤销示范单位'));
    const reason = await waitFor(() => {
      const found = document.querySelector<HTMLTextAreaElement>('textarea');
      if (!found) throw new Error('no textarea');
      return found;
    });
    fireEvent.input(reason, { target: { value: '多次被投诉' } });
    fireEvent.click(screen.getByText('确认撤销'));
    expect(await screen.findByText('已于2026年11月30日撤销：多次被投诉')).toBeTruthy();
    expect(api.calls).toContain('POST /model-units/MU1/revoke');
    const body = (Taro.request as unknown as jest.Mock).mock.calls.find(([o]) =>
      o.url.endsWith('/revoke'),
    )[0].data;
    expect(body).toEqual({ reason: '多次被投诉' });
  });
});

test('an active pledge offers a complaint with the pledge attached', async () => {
  taroTest.reset();
  taroTest.setRouterParams({ id: detail().id });
  fakeApi({
    [`GET /merchants/${detail().id}`]: ok(
      detail({
        badges: { pledge: true, initiative: false },
        pledges: [
          {
            id: 'P9',
            kind: 'offline-return',
            status: 'verified',
            certificateNo: 'QS-2026-TH-0009',
            signedAt: '2026-03-15T02:00:00.000Z',
            startsOn: '2026-03-15',
            windowDays: 15,
            excluded: [],
          },
        ],
      }),
    ),
  });
  render(<MerchantDetailPage />);
  expect(await screen.findByText('线下购物 15 天无理由退货')).toBeTruthy();
  fireEvent.click(screen.getByText('按承诺退货遇到问题？去投诉 ›'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: `/features/complaints/pages/new/index?merchantId=${detail().id}&pledgeId=P9`,
  });
});
