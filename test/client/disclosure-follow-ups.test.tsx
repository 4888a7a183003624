import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import {
  BATCH_ID,
  flag,
  followUp,
  MERCHANT_ID,
  staffSession,
} from './support/disclosure-follow-up-fixtures';
import FollowUpsPage from '@/features/disclosure/pages/follow-ups/index';
import { disclosureRoutes } from '@/features/disclosure/routes';
import { session } from '@/services/session';

const requestMock = Taro.request as unknown as jest.Mock;

beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
});

describe('公示后跟进', () => {
  test('预警名单 says why each is flagged; 记录跟进 opens the form for that target and batch', async () => {
    const industry = flag({
      target: { kind: 'industry', industry: '预付式消费' },
      why: ['行业投诉≥20件'],
      figures: { accepted: 24, settled: 20, settlementRate: 83.3 },
      followUps: 0,
      openFollowUps: 0,
    });
    fakeApi({ 'GET /disclosure/flags': ok({ items: [flag(), industry] }) });
    render(<FollowUpsPage />);

    const business = await screen.findByLabelText('青山惠民超市');
    expect(within(business).getByText('投诉≥5件')).toBeTruthy();
    expect(within(business).getByText('调解成功率<60%')).toBeTruthy();
    expect(within(business).getByText('受理6件，调解成功2件，成功率33.3%')).toBeTruthy();
    expect(within(business).getByText(/已跟进2次，1项进行中/)).toBeTruthy();
    fireEvent.click(within(business).getByText('记录跟进'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: disclosureRoutes.newFollowUp({ merchantId: MERCHANT_ID, batchId: BATCH_ID }),
    });

    const trade = screen.getByLabelText('行业：预付式消费');
    fireEvent.click(within(trade).getByText('记录跟进'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: `/features/disclosure/pages/follow-up/index?industry=${encodeURIComponent('预付式消费')}&batchId=${BATCH_ID}`,
    });
  });

  test('跟进记录 pages through the records and filters them by status', async () => {
    fakeApi({
      'GET /disclosure/flags': ok({ items: [] }),
      'GET /disclosure/follow-ups': (options) => {
        const query = new URL(options.url, 'http://app.test').searchParams;
        if (query.get('status') === 'done') {
          return ok({
            items: [followUp(9, { status: 'done', outcome: '已整改' })],
            nextCursor: null,
          });
        }
        return query.get('cursor')
          ? ok({ items: [followUp(2)], nextCursor: null })
          : ok({ items: [followUp(1)], nextCursor: 'c2' });
      },
    });
    render(<FollowUpsPage />);
    expect(await screen.findByText('暂无预警')).toBeTruthy();
    fireEvent.click(screen.getByText('跟进记录'));

    expect(await screen.findByText('第1次约谈负责人，要求落实退换货制度。')).toBeTruthy();
    act(() => taroTest.reachBottom());
    expect(await screen.findByText('第2次约谈负责人，要求落实退换货制度。')).toBeTruthy();

    fireEvent.click(screen.getByText('已完成'));
    expect(await screen.findByText('结果：已整改')).toBeTruthy();
    expect(screen.queryByText('第1次约谈负责人，要求落实退换货制度。')).toBeNull();
    const urls = requestMock.mock.calls.map(([options]) => options.url as string);
    expect(urls.some((url) => url.includes('status=done'))).toBe(true);

    fireEvent.click(screen.getByLabelText('青山惠民超市 约谈'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: disclosureRoutes.followUp(followUp(9).id),
    });
  });

  test('the page is for staff only', async () => {
    session.clear();
    render(<FollowUpsPage />);
    expect(screen.getByText('仅工作人员可用')).toBeTruthy();
    await waitFor(() => expect(requestMock).not.toHaveBeenCalled());
  });
});
