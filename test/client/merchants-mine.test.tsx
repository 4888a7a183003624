import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Membership } from '@api/merchants';
import type { ModelUnitApplication } from '@api/model-units';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { creditCode } from './support/merchants-fixtures';
import MinePage from '@/features/merchants/pages/mine/index';
import { session } from '@/services/session';

const merchantSession = {
  token: 'jwt-merchant',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: '01JUSER000000000000000000A', role: 'merchant' as const, nickname: '微信用户0001' },
};

const membership = (serial: number, patch: Partial<Membership> = {}): Membership => ({
  id: `01JMEMBER${String(serial).padStart(17, '0')}`,
  merchantId: `01JMERCHANT${String(serial).padStart(15, '0')}`,
  merchantName: `青山惠民超市${serial}号店`,
  creditCode: creditCode(serial),
  role: 'owner',
  status: 'active',
  createdAt: '2026-03-01T02:00:00.000Z',
  ...patch,
});

const application = (
  merchantSerial: number,
  patch: Partial<ModelUnitApplication> = {},
): ModelUnitApplication => ({
  id: `01JAPP${merchantSerial}${patch.status ?? 'submitted'}`,
  merchantId: `01JMERCHANT${String(merchantSerial).padStart(15, '0')}`,
  merchantName: `青山惠民超市${merchantSerial}号店`,
  category: '商场超市',
  checklist: [{ item: '明码标价，无价格欺诈', checked: true }],
  photos: [],
  status: 'submitted',
  submittedAt: '2026-03-05T02:00:00.000Z',
  ...patch,
});

beforeEach(() => {
  taroTest.reset();
  session.save(merchantSession);
});

const card = (name: string) => screen.getByText(name).closest('.mine__card') as HTMLElement;

describe('我的商家', () => {
  test('status of each membership, with the reason when rejected', async () => {
    fakeApi({
      'GET /merchants/memberships/mine': ok({
        items: [
          membership(1, { status: 'pending' }),
          membership(2, { status: 'rejected', reason: '营业执照照片不清晰' }),
          membership(3, { status: 'active', role: 'member' }),
        ],
      }),
      'GET /model-units/applications/mine': ok({ items: [], nextCursor: null }),
    });
    render(<MinePage />);
    expect(await screen.findByText('青山惠民超市1号店')).toBeTruthy();
    expect(within(card('青山惠民超市1号店')).getByText('审核中')).toBeTruthy();
    expect(within(card('青山惠民超市2号店')).getByText('未通过')).toBeTruthy();
    expect(screen.getByText('未通过原因：营业执照照片不清晰')).toBeTruthy();
    expect(within(card('青山惠民超市3号店')).getByText('已通过')).toBeTruthy();
    // Only an active membership can open its page or apply.
    expect(within(card('青山惠民超市1号店')).queryByText('申请示范单位')).toBeNull();
    expect(screen.getAllByText('申请示范单位')).toHaveLength(1);
  });

  test('active: opens the merchant page, applies, and lists that merchant’s applications', async () => {
    fakeApi({
      // A bare array (as merchants/api.ts types it today) is read as well as { items }.
      'GET /merchants/memberships/mine': ok({ items: [membership(1), membership(2)] }),
      'GET /model-units/applications/mine': ok({
        nextCursor: null,
        items: [
          application(1, {
            id: 'A1',
            status: 'rejected',
            reviewReason: '现场核查发现未明码标价',
            submittedAt: '2026-01-05T02:00:00.000Z',
          }),
          application(1, {
            id: 'A2',
            status: 'approved',
            badge: {
              id: 'B1',
              certificateNo: 'QS-2026-SF-0001',
              category: '商场超市',
              level: '县级',
              year: 2026,
              validFrom: '2026-03-15',
              validUntil: '2027-03-14',
              status: 'active',
            },
          }),
          application(2, { id: 'A3', status: 'submitted' }),
        ],
      }),
    });
    render(<MinePage />);
    const first = await screen.findByText('青山惠民超市1号店');
    const one = within(first.closest('.mine__card') as HTMLElement);
    expect(one.getByText('原因：现场核查发现未明码标价')).toBeTruthy();
    expect(one.getByText(/证书编号 QS-2026-SF-0001/)).toBeTruthy();
    expect(one.getAllByText('已通过')).toHaveLength(2); // the membership and the application

    fireEvent.click(one.getByText('查看商家页'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/merchants/pages/detail/index?id=${membership(1).merchantId}`,
    });
    fireEvent.click(one.getByText('申请示范单位'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/model-units/pages/apply/index?merchantId=${membership(1).merchantId}`,
    });

    // An open application: no second one.
    const two = within(card('青山惠民超市2号店'));
    expect(two.getByText('示范单位申请审核中')).toBeTruthy();
    expect(two.queryByText('申请示范单位')).toBeNull();
  });

  test('empty: offers 商家入驻', async () => {
    fakeApi({
      'GET /merchants/memberships/mine': ok({ items: [] }),
      'GET /model-units/applications/mine': ok({ items: [], nextCursor: null }),
    });
    render(<MinePage />);
    expect(await screen.findByText('还没有登记的商家')).toBeTruthy();
    fireEvent.click(screen.getByText('商家入驻'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/merchants/pages/register/index',
    });
  });

  test('error with retry; pull-to-refresh reloads; applications failing alone do not hide the list', async () => {
    const api = fakeApi({
      'GET /merchants/memberships/mine': [
        fail(500, 'INTERNAL', '服务器开小差了，请稍后再试'),
        ok({ items: [membership(1)] }),
        ok({ items: [membership(1), membership(4, { status: 'pending' })] }),
      ],
      'GET /model-units/applications/mine': fail(403, 'FORBIDDEN', '没有权限执行此操作'),
    });
    render(<MinePage />);
    expect(await screen.findByText('服务器开小差了，请稍后再试')).toBeTruthy();
    fireEvent.click(screen.getByText('重新加载'));
    expect(await screen.findByText('青山惠民超市1号店')).toBeTruthy();
    expect(screen.getByText('示范单位申请暂时无法加载，下拉刷新重试。')).toBeTruthy();

    act(() => taroTest.pullDownRefresh());
    expect(await screen.findByText('青山惠民超市4号店')).toBeTruthy();
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled();
    expect(api.calls.filter((call) => call === 'GET /merchants/memberships/mine')).toHaveLength(3);
  });

  test('signed out: asks to sign in', () => {
    session.clear();
    const api = fakeApi({});
    render(<MinePage />);
    expect(screen.getByText('请先登录')).toBeTruthy();
    expect(api.calls).toEqual([]);
  });
});
