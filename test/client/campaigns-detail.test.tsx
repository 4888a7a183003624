import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { card } from './support/advisories-fixtures';
import { campaignCard, campaignDetail, campaignId } from './support/campaigns-fixtures';
import CampaignDetailPage from '@/features/campaigns/pages/detail/index';
import CampaignsPage from '@/features/campaigns/pages/index/index';
import { advisoryRoutes } from '@/features/advisories/routes';
import { campaignRoutes } from '@/features/campaigns/routes';
import { reportRoutes } from '@/features/reports/routes';

const id = campaignId(1);
const path = `GET /campaigns/${id}`;

beforeEach(() => {
  taroTest.reset();
  taroTest.setRouterParams({ id });
});

describe('专项整治 detail', () => {
  test('name, phase, period, lead unit, targets, reportable items, legal basis, advisories', async () => {
    const advisory = card('A1', { title: '春耕农资选购提示' });
    const campaign = campaignDetail(1, {
      periodFrom: '2026-11-01',
      periodTo: '2027-06-30',
      legalBasis: [
        { law: '《中华人民共和国食品安全法》', article: '第三十四条' },
        { law: '产品质量法', article: '第三十九条' },
      ],
      advisories: [advisory],
    });
    fakeApi({ [path]: ok(campaign) });
    render(<CampaignDetailPage />);

    // No cover: the name is drawn on the banner, and said once.
    expect(
      await screen.findByText(campaign.name, { selector: '.campaign-cover__name' }),
    ).toBeTruthy();
    expect(screen.getAllByText(campaign.name)).toHaveLength(1);
    expect(screen.getByText('进行中')).toBeTruthy();
    expect(screen.getByText('2026年11月1日至2027年6月30日')).toBeTruthy();
    expect(screen.getByText(campaign.leadUnit)).toBeTruthy();
    expect(screen.getByText(campaign.targets)).toBeTruthy();
    const items = screen.getByLabelText('可举报事项');
    for (const item of campaign.reportable) expect(within(items).getByText(item)).toBeTruthy();
    const laws = screen.getByLabelText('法律依据');
    expect(within(laws).getByText('《中华人民共和国食品安全法》第三十四条')).toBeTruthy();
    expect(within(laws).getByText('《产品质量法》第三十九条')).toBeTruthy();

    fireEvent.click(screen.getByText('春耕农资选购提示'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: advisoryRoutes.detail('A1') });
  });

  test('我要举报 opens the report form for the campaign; 转发 shares the page with its cover', async () => {
    const cover = { id: 'U1', url: `/api/v1/campaigns/${id}/cover` };
    const campaign = campaignDetail(1, { cover });
    fakeApi({ [path]: ok(campaign) });
    const { container } = render(<CampaignDetailPage />);
    // A cover: the picture, then the name as the title.
    expect(await screen.findByText(campaign.name, { selector: '.campaign__name' })).toBeTruthy();
    expect(container.querySelector('.campaign-cover__image')?.getAttribute('src')).toContain(
      cover.url,
    );
    fireEvent.click(screen.getByText('我要举报'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: reportRoutes.create(id) });

    const [share] = taroTest.shareAppMessage() as { title: string; path: string }[];
    expect(share).toEqual(
      expect.objectContaining({
        title: `【专项整治】${campaign.name}`,
        path: campaignRoutes.detail(id),
        imageUrl: expect.stringContaining(cover.url),
      }),
    );
  });

  test('upcoming and ended campaigns say so and offer a report without the campaign', async () => {
    fakeApi({ [path]: ok(campaignDetail(1, { phase: 'upcoming', periodFrom: '2099-04-01' })) });
    const { unmount } = render(<CampaignDetailPage />);
    expect(await screen.findByText('2099年4月1日开始，开始后可在此举报')).toBeTruthy();
    expect(screen.queryByText('我要举报')).toBeNull();
    fireEvent.click(screen.getByText('举报其他线索'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: reportRoutes.create() });
    unmount();

    fakeApi({ [path]: ok(campaignDetail(1, { phase: 'ended' })) });
    render(<CampaignDetailPage />);
    expect(await screen.findByText('本次专项整治已结束')).toBeTruthy();
    expect(screen.queryByText('我要举报')).toBeNull();
  });

  test('a withdrawn or unknown campaign: said plainly, with the way to the list', async () => {
    fakeApi({ [path]: fail(404, 'NOT_FOUND', '专项整治不存在') });
    render(<CampaignDetailPage />);
    expect(await screen.findByText('该专项整治已撤下或不存在')).toBeTruthy();
    fireEvent.click(screen.getByText('查看全部专项整治'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: campaignRoutes.list });
  });
});

describe('专项整治 list', () => {
  test('进行中 first, then each phase from the server; a card opens its page', async () => {
    const asked: string[] = [];
    fakeApi({
      'GET /campaigns': (options) => {
        const phase = new URL(options.url, 'http://app.test').searchParams.get('phase') ?? '';
        asked.push(phase);
        const items =
          phase === 'active'
            ? [campaignCard(1)]
            : phase === 'ended'
              ? [campaignCard(2, { phase: 'ended', name: '铁拳行动2026' })]
              : [];
        return ok({ items, nextCursor: null });
      },
    });
    taroTest.setRouterParams({});
    render(<CampaignsPage />);

    const first = campaignCard(1);
    const name = { selector: '.campaign-cover__name' };
    expect(await screen.findByText(first.name, name)).toBeTruthy();
    fireEvent.click(screen.getByText(first.name, name));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: campaignRoutes.detail(first.id) });

    fireEvent.click(screen.getByText('即将开始'));
    expect(await screen.findByText('暂无即将开始的专项整治')).toBeTruthy();
    fireEvent.click(screen.getByText('已结束'));
    expect(await screen.findByText('铁拳行动2026', name)).toBeTruthy();
    expect(asked).toEqual(['active', 'upcoming', 'ended']);
  });
});
