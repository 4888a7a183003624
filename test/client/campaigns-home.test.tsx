import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { campaignCard, region } from './support/campaigns-fixtures';
import HomePage from '@/pages/index/index';
import { campaignRoutes } from '@/features/campaigns/routes';
import { reportRoutes } from '@/features/reports/routes';

beforeEach(() => taroTest.reset());

const serve = (active: Parameters<typeof fakeApi>[0][string]) =>
  fakeApi({ 'GET /region': ok(region), 'GET /campaigns/active': active });

describe('首页 专项整治', () => {
  test('lists the active campaigns: name, end date, lead unit', async () => {
    const first = campaignCard(1, { periodTo: `${new Date().getFullYear()}-06-30` });
    const second = campaignCard(2, { leadUnit: '县市场监管局餐饮服务监管股' });
    serve(ok({ items: [first, second] }));
    render(<HomePage />);

    const section = await screen.findByLabelText('专项整治');
    expect(within(section).getByText(first.name)).toBeTruthy();
    expect(within(section).getByText(`至6月30日 · ${first.leadUnit}`)).toBeTruthy();
    expect(within(section).getByText(second.name)).toBeTruthy();
    expect(within(section).getAllByText('我要举报')).toHaveLength(2);
  });

  test('我要举报 opens the report form for that campaign; the card opens its page', async () => {
    const first = campaignCard(1);
    serve(ok({ items: [first] }));
    render(<HomePage />);

    fireEvent.click(await screen.findByText('我要举报'));
    expect(Taro.navigateTo).toHaveBeenCalledTimes(1);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: reportRoutes.create(first.id) });
    expect(reportRoutes.create(first.id)).toContain(`campaignId=${first.id}`);

    fireEvent.click(screen.getByText(first.name));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: campaignRoutes.detail(first.id) });
    fireEvent.click(screen.getByText('更多 ›', { selector: '.home-campaigns__more' }));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: campaignRoutes.list });
  });

  test('hidden when none is active, and when the list fails to load', async () => {
    serve(ok({ items: [] }));
    const { unmount } = render(<HomePage />);
    expect(await screen.findByText(region.theme.title)).toBeTruthy();
    expect(screen.queryByLabelText('专项整治')).toBeNull();
    expect(screen.queryByText('我要举报')).toBeNull();
    unmount();

    serve(fail(500, 'INTERNAL', '服务器开小差了，请稍后再试'));
    render(<HomePage />);
    expect(await screen.findByText(region.theme.title)).toBeTruthy();
    expect(screen.queryByLabelText('专项整治')).toBeNull();
  });

  test('shows at most three', async () => {
    serve(ok({ items: [1, 2, 3, 4].map((n) => campaignCard(n)) }));
    render(<HomePage />);
    const section = await screen.findByLabelText('专项整治');
    expect(within(section).getAllByText('我要举报')).toHaveLength(3);
    expect(within(section).queryByText(campaignCard(4).name)).toBeNull();
  });
});
