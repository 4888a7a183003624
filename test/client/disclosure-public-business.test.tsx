import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { businessRows } from './support/disclosure-public-fixtures';
import DisclosureBusinessPage from '@/features/disclosure/pages/business/index';

const taro = Taro as unknown as Record<string, jest.Mock>;
taro.redirectTo = jest.fn();

beforeEach(() => {
  taroTest.reset();
  taroTest.setRouterParams({ id: 'B1', merchantId: 'M1' });
});

describe('经营者投诉公示: one ranked business in a batch', () => {
  test('its figures and its rows: outcome, industry, category, date, statement, 已更正', async () => {
    const api = fakeApi({
      'GET /disclosure/batches/B1/businesses/M1': ok(businessRows('B1', 'M1')),
    });
    render(<DisclosureBusinessPage />);
    const head = await screen.findByLabelText('经营者');
    expect(within(head).getByText('青山县M1商贸有限公司')).toBeTruthy();
    expect(within(head).getByText('91330100MA2XXXXX1A · 餐饮服务')).toBeTruthy();
    expect(within(head).getByText('有说明')).toBeTruthy();
    expect(within(head).getByText('受理 6 · 调解成功 3 · 办结中位 8天')).toBeTruthy();
    expect(within(head).getByText('50%')).toBeTruthy();
    expect(api.calls).toEqual(['GET /disclosure/batches/B1/businesses/M1']);

    const list = screen.getByLabelText('公示的投诉');
    expect(within(list).getByText('公示的投诉（3件）')).toBeTruthy();
    const rows = within(list).getAllByRole('listitem');
    expect(within(rows[0]).getByText('调解成功')).toBeTruthy();
    expect(within(rows[0]).getByText('餐饮服务 · 食品安全')).toBeTruthy();
    expect(within(rows[0]).getByText('2027年2月3日受理')).toBeTruthy();
    expect(within(rows[0]).queryByText(/经营者说明/)).toBeNull();
    expect(within(rows[1]).getByText('终止调解')).toBeTruthy();
    expect(
      within(rows[1]).getByText('经营者说明：已与消费者多次沟通，愿意按规定退还预付款余额。'),
    ).toBeTruthy();
    expect(within(rows[1]).queryByText('已更正')).toBeNull();
    expect(within(rows[2]).getByText('投诉人撤回')).toBeTruthy();
    expect(within(rows[2]).getByText('已更正')).toBeTruthy();

    fireEvent.click(screen.getByText('2027年第一季度投诉公示B1'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/disclosure/pages/batch/index?id=B1',
    });
  });

  test('a business below the minimum (not public) says so and leads back to the batch', async () => {
    fakeApi({
      'GET /disclosure/batches/B1/businesses/M1': fail(404, 'NOT_FOUND', '未找到'),
    });
    render(<DisclosureBusinessPage />);
    expect(await screen.findByText('该经营者在本期没有公示的投诉')).toBeTruthy();
    expect(screen.getByText('投诉件数未达公示标准的经营者不单独列出')).toBeTruthy();
    fireEvent.click(screen.getByText('返回公示'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: '/features/disclosure/pages/batch/index?id=B1',
    });
  });

  test('a failed load offers a retry', async () => {
    fakeApi({
      'GET /disclosure/batches/B1/businesses/M1': [
        fail(500, 'INTERNAL', '服务器开小差了，请稍后再试'),
        ok(businessRows('B1', 'M1')),
      ],
    });
    render(<DisclosureBusinessPage />);
    expect(await screen.findByText('服务器开小差了，请稍后再试')).toBeTruthy();
    fireEvent.click(screen.getByText('重新加载'));
    expect(await screen.findByText('公示的投诉（3件）')).toBeTruthy();
  });
});
