import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { card, page } from './support/advisories-fixtures';
import HomePage from '@/pages/index/index';

const region = seededRegion as Region;

beforeEach(() => taroTest.reset());

describe('首页', () => {
  test('renders the county campaign from the server', async () => {
    fakeApi({ 'GET /region': ok(region) });
    render(<HomePage />);

    expect(await screen.findByText(region.theme.title)).toBeTruthy();
    expect(screen.getByText(`${region.county} · 3·15 国际消费者权益日`)).toBeTruthy();
    expect(screen.getByText(region.event.title)).toBeTruthy();
    expect(screen.getByText(`地点：${region.event.place}`)).toBeTruthy();
    for (const item of region.event.schedule)
      expect(screen.getAllByText(item.title).length).toBeGreaterThan(0);
    for (const hotline of region.hotlines)
      expect(screen.getByText(`${hotline.number} 拨打`)).toBeTruthy();
    expect(screen.getByText(`主办：${region.bureau} · ${region.council}`)).toBeTruthy();
  });

  test('the entries open the features', async () => {
    fakeApi({ 'GET /region': ok(region) });
    render(<HomePage />);
    fireEvent.click(await screen.findByText('我要投诉'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/complaints/pages/new/index' });
    fireEvent.click(screen.getByText('识假工具'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/tools/pages/index/index' });
    fireEvent.click(screen.getByText('查商家'));
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/merchants/index' });
    fireEvent.click(screen.getByText('拨打12315'));
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12315' });
  });

  test('tapping a hotline calls it', async () => {
    fakeApi({ 'GET /region': ok(region) });
    render(<HomePage />);
    const local = region.hotlines[1];
    fireEvent.click(await screen.findByText(`${local.number} 拨打`));
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: local.number });
  });

  test('shows the server message on failure and recovers on retry', async () => {
    const api = fakeApi({
      'GET /region': [fail(500, 'INTERNAL', '服务器开小差了，请稍后再试'), ok(region)],
    });
    render(<HomePage />);

    expect(await screen.findByText('服务器开小差了，请稍后再试')).toBeTruthy();
    expect(screen.queryByText(region.theme.title)).toBeNull();

    fireEvent.click(await screen.findByText('重新加载'));
    expect(await screen.findByText(region.theme.title)).toBeTruthy();
    expect(api.calls.filter((call) => call === 'GET /region')).toHaveLength(2);
  });

  test('a network failure shows a Chinese error with retry, not a blank page', async () => {
    fakeApi({ 'GET /region': new Error('request:fail timeout') });
    render(<HomePage />);
    expect(await screen.findByText('网络不给力，请检查网络后重试')).toBeTruthy();
    expect(screen.getByText('重新加载')).toBeTruthy();
  });

  test('pull-to-refresh loads the profile again and shows the change', async () => {
    const changed = { ...region, theme: { ...region.theme, title: '共筑满意消费' } };
    fakeApi({ 'GET /region': [ok(region), ok(changed)] });
    render(<HomePage />);
    expect(await screen.findByText(region.theme.title)).toBeTruthy();

    act(() => taroTest.pullDownRefresh());
    expect(await screen.findByText('共筑满意消费')).toBeTruthy();
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
  });

  test('shows the last profile at once on a weak signal and says it is stale', async () => {
    fakeApi({ 'GET /region': ok(region) });
    const first = render(<HomePage />);
    expect(await screen.findByText(region.theme.title)).toBeTruthy();
    first.unmount();

    fakeApi({ 'GET /region': new Error('request:fail') });
    render(<HomePage />);
    expect(screen.getByText(region.theme.title)).toBeTruthy();
    expect(await screen.findByText(/当前显示上次加载的内容/)).toBeTruthy();
  });

  test('on a first open the blocks wait for every answer: none arrives later to push the rest down', async () => {
    fakeApi({ 'GET /region': ok(region) });
    const request = Taro.request as unknown as jest.Mock;
    const answer = request.getMockImplementation()!;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    request.mockImplementation(async (options: { url: string }) => {
      if (options.url.includes('/campaigns/active')) await held;
      return answer(options);
    });
    render(<HomePage />);

    // The profile and the advisories have answered; the campaigns have not.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(request.mock.calls.some(([options]) => options.url.includes('/region'))).toBe(true);
    expect(screen.queryByText(region.theme.title)).toBeNull();
    expect(screen.getByLabelText('加载中')).toBeTruthy();

    act(() => release());
    expect(await screen.findByText(region.theme.title)).toBeTruthy();
    expect(screen.getByText(region.event.title)).toBeTruthy();
  });
});

const warning = card('w1', {
  kind: '警示',
  title: '警惕“免费体检”推销保健品',
  issuer: '青山县消费者权益保护委员会',
  publishedAt: '2027-02-01T02:00:00.000Z',
});
const newest = [
  warning,
  card('a1', { title: '开学季校外培训预付费提示', category: '教育培训' }),
  card('a2', { title: '网购直播下单要留存凭证' }),
  card('a3', { title: '春节旅游出行消费提示' }),
  card('a4', { title: '第四条不应出现在首页' }),
];
const withAdvisories = (pinned = [warning]) => ({
  'GET /region': ok(region),
  'GET /advisories/pinned': ok({ items: pinned }),
  'GET /advisories': ok(page(newest)),
});

describe('首页 消费警示 and 消费提示', () => {
  test('the current 警示 show with issuer and date, above the newest three', async () => {
    const api = fakeApi(withAdvisories());
    render(<HomePage />);

    const warnings = await screen.findByLabelText('消费警示');
    expect(within(warnings).getByText(warning.title)).toBeTruthy();
    expect(warnings.textContent).toContain('青山县消费者权益保护委员会 · 2027年2月1日');

    const tips = screen.getByLabelText('消费提示');
    // The pinned 警示 is not listed twice; the next three newest are.
    expect(within(tips).queryByText(warning.title)).toBeNull();
    for (const title of [
      '开学季校外培训预付费提示',
      '网购直播下单要留存凭证',
      '春节旅游出行消费提示',
    ])
      expect(within(tips).getByText(title)).toBeTruthy();
    expect(within(tips).queryByText('第四条不应出现在首页')).toBeNull();
    expect(tips.textContent).toContain('教育培训 · 青山县市场监督管理局 · 2027年1月20日');
    // 警示 come before 提示 on the page.
    expect(warnings.compareDocumentPosition(tips) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const listCall = (Taro.request as jest.Mock).mock.calls
      .map(([options]) => (options as { url: string }).url)
      .find((url) => /\/advisories\?/.test(url));
    expect(listCall).toContain('limit=6');
    expect(api.calls).toContain('GET /advisories/pinned');
  });

  test('tapping a 警示, a 提示, 更多 and 消费者说 opens the advisories pages', async () => {
    fakeApi(withAdvisories());
    render(<HomePage />);

    fireEvent.click(await screen.findByText(warning.title));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/advisories/pages/detail/index?id=w1',
    });
    fireEvent.click(screen.getByText('网购直播下单要留存凭证'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/advisories/pages/detail/index?id=a2',
    });
    fireEvent.click(screen.getByText('更多 ›'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/advisories/pages/index/index',
    });
    fireEvent.click(screen.getByText('消费者说'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/advisories/pages/index/index?tab=tips',
    });
  });

  test('nothing pinned: no 消费警示 block, the newest are listed with their 警示 mark', async () => {
    fakeApi(withAdvisories([]));
    render(<HomePage />);

    const tips = await screen.findByLabelText('消费提示');
    expect(screen.queryByLabelText('消费警示')).toBeNull();
    expect(within(tips).getByText(warning.title)).toBeTruthy();
    expect(within(tips).getByText('警示')).toBeTruthy();
    expect(within(tips).queryByText('春节旅游出行消费提示')).toBeNull();
  });

  test('a failure hides the blocks, keeps the rest of 首页, and a tap tries again', async () => {
    const api = fakeApi({
      ...withAdvisories(),
      'GET /advisories/pinned': [fail(500, 'INTERNAL', '服务器开小差了'), ok({ items: [warning] })],
    });
    render(<HomePage />);

    const retry = await screen.findByText('消费提示没能加载，点此重试');
    expect(screen.getByText(region.theme.title)).toBeTruthy();
    expect(screen.getByText(region.event.title)).toBeTruthy();
    expect(screen.queryByLabelText('消费警示')).toBeNull();
    expect(screen.queryByLabelText('消费提示')).toBeNull();

    fireEvent.click(retry);
    expect(await screen.findByText(warning.title)).toBeTruthy();
    expect(screen.queryByText('消费提示没能加载，点此重试')).toBeNull();
    expect(api.calls.filter((call) => call === 'GET /advisories/pinned')).toHaveLength(2);
  });

  test('offline: the last 警示 seen show at once, without those whose window has closed', async () => {
    const ended = card('w0', { kind: '警示', title: '国庆假期旅游警示', validUntil: '2020-10-08' });
    fakeApi(withAdvisories([warning, ended]));
    const first = render(<HomePage />);
    expect(await screen.findByText('国庆假期旅游警示')).toBeTruthy();
    first.unmount();

    fakeApi({ 'GET /region': ok(region), 'GET /advisories/pinned': new Error('request:fail') });
    render(<HomePage />);
    expect(screen.getByText(warning.title)).toBeTruthy();
    expect(screen.queryByText('国庆假期旅游警示')).toBeNull();
    expect(screen.getByText('开学季校外培训预付费提示')).toBeTruthy();
    await waitFor(() => expect(Taro.request).toHaveBeenCalled());
    expect(screen.queryByText('消费提示没能加载，点此重试')).toBeNull();
  });
});
