import { render, screen, within } from '@testing-library/react';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { campaignId, content, staffCampaign, stats } from './support/campaigns-fixtures';
import StatsPage from '@/features/campaigns/pages/stats/index';
import { plotPosition } from '@/features/campaigns/staff-components/report-map';
import { session } from '@/services/session';

const id = campaignId(1);

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('staff'));
  taroTest.setRouterParams({ id });
});

const serve = (answer = stats()) =>
  fakeApi({
    [`GET /campaigns/${id}/manage`]: ok(staffCampaign(1, { content: content() })),
    [`GET /campaigns/${id}/stats`]: ok(answer),
  });

/** A bar's fill width, as drawn. */
const fillOf = (label: string) =>
  (screen.getByLabelText(label).querySelector('.campaign-stats__bar-fill') as HTMLElement).style
    .width;

describe('举报统计', () => {
  test('totals, overdue, bars by status and by town sized by count', async () => {
    serve();
    render(<StatsPage />);
    expect(await screen.findByText('农资打假专项行动')).toBeTruthy();
    expect(screen.getByText('2027年2月1日至6月30日')).toBeTruthy();

    const totals = (name: string) =>
      screen
        .getByText(name)
        .closest('.campaign-stats__total')!
        .querySelector('.campaign-stats__number')!.textContent;
    expect(totals('收到举报')).toBe('7');
    expect(totals('超期未核查')).toBe('1');
    expect(totals('有位置')).toBe('2');
    expect(screen.getByText('超期未核查').closest('.is-overdue')).toBeTruthy();

    // The largest is full width, the rest in proportion; zeros drawn empty but listed.
    expect(fillOf('待核查 4件')).toBe('100%');
    expect(fillOf('已立案 2件')).toBe('50%');
    expect(fillOf('不予立案 1件')).toBe('25%');
    expect(fillOf('已移送 0件')).toBe('0%');
    expect(fillOf('城关镇 5件')).toBe('100%');
    expect(fillOf('未填写 2件')).toBe('40%');
    expect(fillOf('东城街道 0件')).toBe('0%');
  });

  test('the points: plotted north up in the box (H5), and listed with number, status and town', async () => {
    serve();
    render(<StatsPage />);
    const plot = await screen.findByLabelText('2处举报地点分布');
    const dots = Array.from(plot.querySelectorAll<HTMLElement>('.report-map__dot'));
    expect(dots.map((dot) => [dot.textContent, dot.style.left, dot.style.top])).toEqual([
      ['1', '10%', '90%'],
      ['2', '90%', '10%'],
    ]);
    // Open reports stand out.
    expect(dots.map((dot) => dot.classList.contains('is-open'))).toEqual([true, false]);

    const place = screen.getByText('城关镇农贸市场东门').closest('.report-map__row') as HTMLElement;
    expect(within(place).getByText('JB20270315-0001 · 待核查 · 城关镇')).toBeTruthy();
    expect(screen.getByText('JB20270316-0003 · 已办结')).toBeTruthy();
  });

  test('one point sits in the middle; none says so', async () => {
    const point = stats().points[0];
    const box = { minLat: 30, maxLat: 30, minLng: 114, maxLng: 114 };
    expect(plotPosition({ ...point, latitude: 30, longitude: 114 }, box)).toEqual({
      left: 50,
      top: 50,
    });

    serve(stats({ points: [], total: 0, overdue: 0 }));
    render(<StatsPage />);
    expect(await screen.findByText('暂无带位置的举报')).toBeTruthy();
  });

  test('a failure shows the message with 重新加载', async () => {
    fakeApi({
      [`GET /campaigns/${id}/manage`]: ok(staffCampaign(1)),
      [`GET /campaigns/${id}/stats`]: fail(500, 'INTERNAL', '服务器开小差了，请稍后再试'),
    });
    render(<StatsPage />);
    expect(await screen.findByText('服务器开小差了，请稍后再试')).toBeTruthy();
    expect(screen.getByText('重新加载')).toBeTruthy();
  });
});
