import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { batch } from './support/disclosure-public-fixtures';
import DisclosureBatchPage from '@/features/disclosure/pages/batch/index';

const taro = Taro as unknown as Record<string, jest.Mock>;
taro.redirectTo = jest.fn();

const open = jest.fn();
beforeEach(() => {
  taroTest.reset();
  taroTest.setRouterParams({ id: 'B1' });
  window.open = open as unknown as typeof window.open;
});

describe('公示详情: a published batch', () => {
  test('header, totals, industry bars with their numbers in text, and the trend table', async () => {
    fakeApi({
      'GET /disclosure/batches/B1': ok(
        batch('B1', {
          version: 2,
          changeNote: '更正了一件投诉的处理结果',
          versions: [
            { id: 'B1', version: 2, publishedAt: '2027-04-25T02:00:00.000Z' },
            { id: 'B0v1', version: 1, publishedAt: '2027-04-20T02:00:00.000Z' },
          ],
        }),
      ),
    });
    const { container } = render(<DisclosureBatchPage />);
    expect(await screen.findByText('投诉提交时间：2027年1月1日至2027年3月31日')).toBeTruthy();
    // A periodic batch also carries complaints earlier batches left out as still open.
    expect(screen.getByText('另含此前各期公示时尚未办结、现已办结的投诉')).toBeTruthy();
    const head = container.querySelector('.disclosure-batch__head') as HTMLElement;
    expect(within(head).getByText('2027年第一季度投诉公示B1')).toBeTruthy();
    expect(screen.getByText('青山县消费者权益保护委员会 · 第2版 · 2027年4月20日发布')).toBeTruthy();
    expect(screen.getByText('更正说明：更正了一件投诉的处理结果')).toBeTruthy();
    expect(screen.getByText('第2版（本页）')).toBeTruthy();
    fireEvent.click(screen.getByText('第1版 · 2027年4月20日'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: '/features/disclosure/pages/batch/index?id=B0v1',
    });

    const totals = screen.getByLabelText('本期合计');
    expect(within(totals).getByText('40')).toBeTruthy();
    expect(within(totals).getByText('6天')).toBeTruthy();

    // Bars, most complaints first, each with its figures written out.
    const bars = within(screen.getByLabelText('分行业')).getAllByRole('listitem');
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      '预付式消费：受理20件，调解成功11件，调解成功率55%',
      '餐饮服务：受理12件，调解成功9件，调解成功率75%',
      '未分类：受理8件，调解成功8件，调解成功率100%',
    ]);
    expect(within(bars[0]).getByText('受理 20 · 调解成功 11 · 办结中位 9天')).toBeTruthy();
    expect(within(bars[0]).getByText('55%')).toBeTruthy();

    const trend = screen.getByLabelText('趋势数据');
    const rows = within(trend).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      '批次受理成功率',
      '2026年第四季度投诉公示3060%',
      '2027年第一季度投诉公示B14075%',
    ]);
  });

  test('ranks the businesses with the minimum, rate bars and 有说明, each opening its rows', async () => {
    fakeApi({ 'GET /disclosure/batches/B1': ok(batch('B1')) });
    render(<DisclosureBatchPage />);
    const ranking = await screen.findByLabelText('经营者投诉排名');
    expect(within(ranking).getByText('仅列出投诉3件以上的经营者')).toBeTruthy();
    const links = within(ranking).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual([
      '第1名 青山县M1商贸有限公司：受理6件，调解成功3件，调解成功率50%',
      '第2名 李记小吃店：受理4件，调解成功4件，调解成功率100%',
    ]);
    expect(within(links[0]).getByText('有说明')).toBeTruthy();
    expect(within(links[1]).queryByText('有说明')).toBeNull();
    expect(within(links[0]).getByText('91330100MA2XXXXX1A · 餐饮服务')).toBeTruthy();
    expect(within(links[0]).getByText('50%')).toBeTruthy();
    fireEvent.click(links[1]);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/disclosure/pages/business/index?id=B1&merchantId=M2',
    });
  });

  test('no business over the minimum: says so', async () => {
    fakeApi({
      'GET /disclosure/batches/B1': ok(
        batch('B1', { businesses: [], minComplaintsPerBusiness: 5 }),
      ),
    });
    render(<DisclosureBatchPage />);
    expect(await screen.findByText('仅列出投诉5件以上的经营者')).toBeTruthy();
    expect(screen.getByText('本期没有达到公示件数的经营者')).toBeTruthy();
  });

  test('more businesses ranked than the answer carries: says how many, and where the rest are', async () => {
    const shown = batch('B1');
    fakeApi({ 'GET /disclosure/batches/B1': ok({ ...shown, businessesRanked: 250 }) });
    render(<DisclosureBatchPage />);
    expect(
      await screen.findByText(
        `共250家经营者上榜，这里显示投诉最多的${shown.businesses.length}家；完整名单见下方表格或打印版。`,
      ),
    ).toBeTruthy();
  });

  test('all ranked businesses shown: no such note', async () => {
    const shown = batch('B1');
    fakeApi({
      'GET /disclosure/batches/B1': ok({ ...shown, businessesRanked: shown.businesses.length }),
    });
    render(<DisclosureBatchPage />);
    await screen.findByText('经营者投诉排名');
    expect(screen.queryByText(/经营者上榜，这里显示/)).toBeNull();
  });

  test('the trend names each period by its month, or by its day when two end in one month', async () => {
    const quarters = batch('B1');
    fakeApi({ 'GET /disclosure/batches/B1': ok(quarters) });
    const { container, unmount } = render(<DisclosureBatchPage />);
    await screen.findByLabelText('趋势数据');
    const ticks = () =>
      Array.from(container.querySelectorAll('.trend__tick')).map((tick) => tick.textContent);
    expect(ticks()).toEqual(['26.12', '27.3']);
    unmount();

    const sameMonth = quarters.trend.map((point, index) => ({
      ...point,
      periodTo: ['2027-03-10', '2027-03-15'][index],
    }));
    fakeApi({ 'GET /disclosure/batches/B1': ok({ ...quarters, trend: sameMonth }) });
    render(<DisclosureBatchPage />);
    await screen.findByLabelText('趋势数据');
    expect(
      Array.from(document.querySelectorAll('.trend__tick')).map((tick) => tick.textContent),
    ).toEqual(['3.10', '3.15']);
  });

  test('the CSV and 打印版 open the server exports; 转发 carries the title', async () => {
    fakeApi({ 'GET /disclosure/batches/B1': ok(batch('B1')) });
    render(<DisclosureBatchPage />);
    fireEvent.click(await screen.findByText('下载表格（CSV）'));
    expect(open).toHaveBeenLastCalledWith('/api/v1/disclosure/batches/B1/csv', '_blank');
    fireEvent.click(screen.getByText('打印版'));
    expect(open).toHaveBeenLastCalledWith('/api/v1/disclosure/batches/B1/print', '_blank');
    expect(taroTest.shareAppMessage()).toEqual([
      {
        title: '2027年第一季度投诉公示B1',
        path: '/features/disclosure/pages/batch/index?id=B1',
      },
    ]);
  });
});

describe('公示详情: other states', () => {
  test('staff preview loads the preview route and says it is not public yet', async () => {
    const api = fakeApi({ 'GET /disclosure/batches/B1/preview': ok(batch('B1')) });
    taroTest.setRouterParams({ id: 'B1', preview: '1' });
    render(<DisclosureBatchPage />);
    expect(await screen.findByText('预览（尚未公开）：公众看到的将与此页一致')).toBeTruthy();
    expect(await screen.findByText('青山县消费者权益保护委员会 · 第1版 · 尚未发布')).toBeTruthy();
    expect(api.calls).toEqual(['GET /disclosure/batches/B1/preview']);
    // The business pages and exports are not public yet: nothing to open.
    const ranking = screen.getByLabelText('经营者投诉排名');
    expect(within(ranking).queryAllByRole('link')).toHaveLength(0);
    expect(within(ranking).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByText('下载表格（CSV）')).toBeNull();
  });

  test('a withdrawn batch shows the reason and no figures', async () => {
    fakeApi({
      'GET /disclosure/batches/B1': ok(
        batch('B1', {
          status: 'withdrawn',
          withdrawnAt: '2027-05-02T02:00:00.000Z',
          withdrawnReason: '数据统计口径有误，核实后重新公示',
        }),
      ),
    });
    render(<DisclosureBatchPage />);
    const banner = await screen.findByRole('alert');
    expect(within(banner).getByText('该批次已于2027年5月2日撤回，数据不再公示')).toBeTruthy();
    expect(within(banner).getByText('撤回原因：数据统计口径有误，核实后重新公示')).toBeTruthy();
    expect(screen.getByText('已撤回')).toBeTruthy();
    expect(screen.queryByLabelText('本期合计')).toBeNull();
    expect(screen.queryByLabelText('分行业')).toBeNull();
    expect(screen.queryByLabelText('经营者投诉排名')).toBeNull();
    expect(screen.queryByText('青山县M1商贸有限公司')).toBeNull();
  });

  test('a superseded version links to the newer one', async () => {
    fakeApi({
      'GET /disclosure/batches/B1': ok(batch('B1', { status: 'superseded', supersededBy: 'B9' })),
    });
    render(<DisclosureBatchPage />);
    expect(await screen.findByText('此版本已更正，以最新版本为准')).toBeTruthy();
    expect(screen.getByText('已更正')).toBeTruthy();
    fireEvent.click(screen.getByText('查看最新版本 ›'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: '/features/disclosure/pages/batch/index?id=B9',
    });
  });

  test('an unknown or unpublished batch says so, with the way back to the list', async () => {
    fakeApi({ 'GET /disclosure/batches/B1': fail(404, 'NOT_FOUND', '公示不存在') });
    render(<DisclosureBatchPage />);
    expect(await screen.findByText('该公示不存在或尚未公开')).toBeTruthy();
    fireEvent.click(screen.getByText('查看全部公示'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/features/disclosure/pages/index/index' });
  });
});
