import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Membership } from '@api/merchants';
import type { ModelUnitApplication, ModelUnitBadge } from '@api/model-units';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
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

/** The county's campaign year is 2027 (region.json). */
const REGION = ok({ ...(seededRegion as Region), theme: { ...seededRegion.theme, year: 2027 } });

const title = (year: number, patch: Partial<ModelUnitBadge> = {}): ModelUnitBadge => ({
  id: `B${year}`,
  certificateNo: `QS-${year}-SF-0001`,
  category: '商场超市',
  level: '县级',
  year,
  validFrom: `${year - 1}-12-05`,
  validUntil: `${year}-12-04`,
  status: 'active',
  ...patch,
});

beforeEach(() => {
  taroTest.reset();
  session.save(merchantSession);
});

const card = (name: string) => screen.getByText(name).closest('.mine__card') as HTMLElement;

/** The award's name as read (it is set in two pieces that each stay on one line). */
const awardTitle = (root: HTMLElement) =>
  root.querySelector('.mine__award-title')?.textContent?.replace(/\s+/g, '');

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
      'GET /region': REGION,
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
    // In the award and in the application's row.
    expect(one.getAllByText('QS-2026-SF-0001')).toHaveLength(2);
    expect(one.getAllByText('已通过')).toHaveLength(2); // the membership and the application

    fireEvent.click(one.getByText('查看商家页'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/merchants/pages/detail/index?id=${membership(1).merchantId}`,
    });
    // Last year's title is shown; this year's may be applied for.
    expect(awardTitle(card('青山惠民超市1号店'))).toBe('2026年度县级放心消费示范单位');
    fireEvent.click(one.getByText('申请2027年度示范单位'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/model-units/pages/apply/index?merchantId=${membership(1).merchantId}`,
    });

    // An open application: no second one.
    const two = within(card('青山惠民超市2号店'));
    expect(two.getByText('示范单位申请审核中')).toBeTruthy();
    expect(two.queryByText(/^申请.*示范单位$/)).toBeNull();
  });

  test('after approval: the award is shown, not 申请示范单位 (with or without the county profile)', async () => {
    const approved = application(1, { id: 'A9', status: 'approved', badge: title(2027) });
    for (const region of [REGION, fail(500, 'INTERNAL', '服务器开小差了')]) {
      fakeApi({
        'GET /region': region,
        'GET /merchants/memberships/mine': ok({ items: [membership(1)] }),
        'GET /model-units/applications/mine': ok({ items: [approved], nextCursor: null }),
      });
      const { unmount } = render(<MinePage />);
      await screen.findByText('青山惠民超市1号店');
      const awardBox = screen.getByLabelText('示范单位称号');
      const award = within(awardBox);
      expect(awardTitle(awardBox)).toBe('2027年度县级放心消费示范单位');
      expect(awardBox.textContent).toContain('证书编号 QS-2027-SF-0001');
      expect(award.getByText('有效期至 2027年12月4日')).toBeTruthy();
      expect(screen.queryByText(/^申请.*示范单位$/)).toBeNull();
      unmount();
    }
  });

  test('this year’s title revoked: says when to apply again; an expired one may be renewed', async () => {
    fakeApi({
      'GET /region': REGION,
      'GET /merchants/memberships/mine': ok({ items: [membership(1), membership(2)] }),
      'GET /model-units/applications/mine': ok({
        nextCursor: null,
        items: [
          application(1, {
            status: 'approved',
            badge: title(2027, {
              status: 'revoked',
              revokedOn: '2027-01-10',
              revokedReason: '虚假宣传',
            }),
          }),
          application(2, {
            status: 'approved',
            badge: title(2027, { validUntil: '2026-12-01', status: 'expired' }),
          }),
        ],
      }),
    });
    render(<MinePage />);
    await screen.findByText('青山惠民超市1号店');
    const one = within(card('青山惠民超市1号店'));
    expect(one.getByText('2027年度示范单位称号已被撤销，2028年度可再申请')).toBeTruthy();
    expect(one.queryByText(/^申请.*示范单位$/)).toBeNull();
    expect(one.queryByLabelText('示范单位称号')).toBeNull();
    const two = within(card('青山惠民超市2号店'));
    expect(two.getByText('申请示范单位')).toBeTruthy();
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
