import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { detail } from './support/merchants-fixtures';
import MerchantDetailPage from '@/features/merchants/pages/detail/index';
import { session } from '@/services/session';

const pledge = {
  id: 'P1',
  kind: 'offline-return' as const,
  status: 'verified' as const,
  certificateNo: 'QS-CN-0001',
  signedAt: '2026-03-15T02:00:00.000Z',
  startsOn: '2026-03-15',
  windowDays: 7,
};
const warnings = [
  {
    id: 'ADV9',
    title: '某超市销售过期食品被处罚',
    penaltyNo: '青市监处罚〔2026〕18号',
    penaltyDate: '2026-10-09',
    publishedAt: '2026-10-20T02:00:00.000Z',
  },
  {
    id: 'ADV8',
    title: '虚假促销价格欺诈警示',
    penaltyNo: '青市监处罚〔2026〕7号',
    penaltyDate: '2026-05-12',
    publishedAt: '2026-05-20T02:00:00.000Z',
  },
];

beforeEach(() => {
  taroTest.reset();
  session.clear();
  taroTest.setRouterParams({ id: detail().id });
});

describe('商家页的消费警示', () => {
  test('lists each warning with its penalty decision, red, above the pledges; tap opens it', async () => {
    fakeApi({ [`GET /merchants/${detail().id}`]: ok(detail({ warnings, pledges: [pledge] })) });
    const { container } = render(<MerchantDetailPage />);
    await screen.findByText('青山惠民超市1号店');

    const section = container.querySelector('.merchant-detail__warnings') as HTMLElement;
    expect(within(section).getByText('消费警示')).toBeTruthy();
    expect(
      within(section).getByText('行政处罚决定书 青市监处罚〔2026〕18号 · 2026年10月9日'),
    ).toBeTruthy();
    expect(
      within(section).getByText('行政处罚决定书 青市监处罚〔2026〕7号 · 2026年5月12日'),
    ).toBeTruthy();
    // Newest first, as the server sent them.
    const titles = [...section.querySelectorAll('.merchant-detail__warning-title')].map(
      (node) => node.textContent,
    );
    expect(titles).toEqual(warnings.map((w) => w.title));

    const pledgeRow = screen.getByText('线下购物 7 天无理由退货');
    // The warning comes first in the page.
    expect(
      section.compareDocumentPosition(pledgeRow) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    fireEvent.click(screen.getByText('虚假促销价格欺诈警示'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/advisories/pages/detail/index?id=ADV8',
    });
  });

  test('no warning: no section', async () => {
    fakeApi({ [`GET /merchants/${detail().id}`]: ok(detail({ pledges: [pledge] })) });
    const { container } = render(<MerchantDetailPage />);
    await screen.findByText('线下购物 7 天无理由退货');
    expect(container.querySelector('.merchant-detail__warnings')).toBeNull();
    expect(screen.queryByText('消费警示')).toBeNull();
  });
});
