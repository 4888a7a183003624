import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ModelUnitApplication } from '@api/model-units';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import ApplicationsPage from '@/features/model-units/pages/applications/index';
import { session } from '@/services/session';

const merchantSession = {
  token: 'jwt-merchant',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: '01JUSER000000000000000000A', role: 'merchant' as const, nickname: '微信用户0001' },
};

const application = (patch: Partial<ModelUnitApplication>): ModelUnitApplication => ({
  id: 'A0',
  merchantId: '01JMERCHANT000000000000001',
  merchantName: '青山惠民超市1号店',
  category: '商场超市',
  checklist: [
    { item: '明码标价，无价格欺诈', checked: true },
    { item: '承诺线下购物无理由退货', checked: false },
  ],
  photos: [],
  status: 'submitted',
  submittedAt: '2026-03-05T02:00:00.000Z',
  ...patch,
});

beforeEach(() => {
  taroTest.reset();
  session.save(merchantSession);
});

const card = (name: string) => screen.getByText(name).closest('.application-card') as HTMLElement;

describe('我的申请', () => {
  test('status steps, the reason when rejected, the certificate when approved; pages on', async () => {
    const rejected = application({
      id: 'A2',
      merchantName: '二号店',
      status: 'rejected',
      reviewedAt: '2026-03-10T02:00:00Z',
      reviewReason: '现场核查未做到明码标价',
      submittedAt: '2026-02-01T00:00:00Z',
    });
    const approved = application({
      id: 'A3',
      merchantName: '三号店',
      status: 'approved',
      reviewedAt: '2026-03-12T02:00:00Z',
      submittedAt: '2026-03-01T00:00:00Z',
      badge: {
        id: 'B1',
        certificateNo: 'QS-2026-SF-0009',
        category: '商场超市',
        level: '市级',
        year: 2026,
        validFrom: '2026-03-15',
        validUntil: '2027-03-14',
        status: 'active',
      },
    });
    const pending = application({ id: 'A1', merchantName: '一号店' });
    // The server answers newest first, a page at a time.
    fakeApi({
      'GET /model-units/applications/mine': [
        ok({ items: [approved, rejected], nextCursor: 'PAGE2' }),
        ok({ items: [pending], nextCursor: null }),
      ],
    });
    const { container } = render(<ApplicationsPage />);
    expect(await screen.findByText('三号店')).toBeTruthy();
    expect(screen.getByText('上拉或点此加载更多')).toBeTruthy();
    act(() => taroTest.reachBottom());
    expect(await screen.findByText('一号店')).toBeTruthy();
    const urls = (Taro.request as unknown as jest.Mock).mock.calls.map(([o]) => o.url as string);
    expect(urls.at(-1)).toContain('cursor=PAGE2');
    expect(screen.getByText('没有更多了')).toBeTruthy();
    const names = Array.from(container.querySelectorAll('.application-card__name')).map(
      (element) => element.textContent,
    );
    expect(names).toEqual(['三号店', '二号店', '一号店']);

    const open = within(card('一号店'));
    expect(open.getByText('审核中', { selector: '.nut-tag-text' })).toBeTruthy();
    expect(open.getByText('已提交')).toBeTruthy();
    expect(open.getByText('审核结果')).toBeTruthy();
    expect(open.getByText('申报类别：商场超市 · 自查 1/2 项')).toBeTruthy();
    // The stepper marks where the application stands: 审核中 now, 已提交 done.
    const stepTitles = (state: string) =>
      [...card('一号店').querySelectorAll(`.nut-step-${state} .nut-step-title`)].map(
        (title) => title.textContent,
      );
    expect(stepTitles('process')).toEqual(['审核中']);
    expect(stepTitles('finish')).toEqual(['已提交']);
    // Step dates in digits: a third of the screen holds them on one line in 大字模式 too.
    expect(open.getByText('2026-03-05')).toBeTruthy();

    const no = within(card('二号店'));
    expect(no.getAllByText('未通过').length).toBe(2); // tag and last step
    expect(no.getByText('未通过原因：现场核查未做到明码标价')).toBeTruthy();

    const yes = within(card('三号店'));
    expect(yes.getByText('证书编号：QS-2026-SF-0009')).toBeTruthy();
    expect(yes.getByText('等级：市级')).toBeTruthy();
    expect(yes.getByText('有效期至：2027年3月14日')).toBeTruthy();
    expect(yes.getByText('2026年度市级放心消费示范单位')).toBeTruthy();
  });

  test('empty state; error with retry; pull-to-refresh', async () => {
    fakeApi({
      'GET /model-units/applications/mine': [
        fail(500, 'INTERNAL', '服务器开小差了，请稍后再试'),
        ok({ items: [], nextCursor: null }),
        ok({ items: [application({ id: 'A1', merchantName: '一号店' })], nextCursor: null }),
      ],
    });
    render(<ApplicationsPage />);
    fireEvent.click(await screen.findByText('重新加载'));
    expect(await screen.findByText('还没有示范单位申请')).toBeTruthy();
    act(() => taroTest.pullDownRefresh());
    expect(await screen.findByText('一号店')).toBeTruthy();
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled();
  });
});
