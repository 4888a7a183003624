import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { MerchantDisclosure } from '@api/disclosure';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { detail } from './support/merchants-fixtures';
import MerchantDetailPage from '@/features/merchants/pages/detail/index';
import { session } from '@/services/session';

/** The merchant page's 投诉公示: the latest published figures, statements, the way to the batch. */
const ranked: MerchantDisclosure = {
  batchId: 'B7',
  batchTitle: '2027年第一季度投诉公示',
  publishedAt: '2027-04-20T02:00:00.000Z',
  figures: { accepted: 3, settled: 2, settlementRate: 66.7, medianDaysToClose: 5 },
  ranked: true,
  statements: ['已为消费者全额退款，并整改了退货流程。', '门店已更换供货商。'],
};

beforeEach(() => {
  taroTest.reset();
  session.clear();
  taroTest.setRouterParams({ id: detail().id });
});

async function open(disclosure?: MerchantDisclosure) {
  fakeApi({ [`GET /merchants/${detail().id}`]: ok(detail(disclosure ? { disclosure } : {})) });
  const view = render(<MerchantDetailPage />);
  await screen.findByText('青山惠民超市1号店');
  return view;
}
const section = () => screen.getByLabelText('投诉公示');
const figuresLine = () =>
  section().querySelector('.merchant-detail__disclosure-figures')?.textContent;

describe('商家页的投诉公示', () => {
  test('shows the figures of the latest batch and the business’s statements', async () => {
    await open(ranked);
    const box = section();
    expect(within(box).getByText('投诉公示')).toBeTruthy();
    expect(figuresLine()).toBe(
      '最近一期公示（2027年第一季度投诉公示）：受理3件 · 调解成功2件 · 调解成功率66.7% · 办结中位5天',
    );
    expect(within(box).getByText('2027年4月20日公示 · 只统计已办结的投诉')).toBeTruthy();
    expect(within(box).getByText('经营者说明')).toBeTruthy();
    const statements = [...box.querySelectorAll('.merchant-detail__statement')].map(
      (node) => node.textContent,
    );
    expect(statements).toEqual(ranked.statements);
    // Next to 投诉该商家, after what the merchant earned.
    expect(
      box.compareDocumentPosition(screen.getByText('投诉该商家')) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  test('ranked in the batch: opens its published complaints there', async () => {
    await open(ranked);
    fireEvent.click(within(section()).getByText('查看公示的投诉明细 ›'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: `/features/disclosure/pages/business/index?id=B7&merchantId=${detail().id}`,
    });
  });

  test('not ranked, nothing accepted: no rate, median or statements; opens the batch', async () => {
    await open({
      ...ranked,
      figures: { accepted: 0, settled: 0 },
      ranked: false,
      statements: [],
    });
    const box = section();
    expect(figuresLine()).toBe('最近一期公示（2027年第一季度投诉公示）：受理0件 · 调解成功0件');
    expect(within(box).queryByText('经营者说明')).toBeNull();
    fireEvent.click(within(box).getByText('查看本期公示 ›'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/disclosure/pages/batch/index?id=B7',
    });
  });

  test('no published batch names the merchant: no section, no empty box', async () => {
    const { container } = await open();
    expect(screen.queryByLabelText('投诉公示')).toBeNull();
    expect(container.querySelector('.merchant-detail__disclosure')).toBeNull();
    expect(screen.queryByText(/公示/)).toBeNull();
  });
});
