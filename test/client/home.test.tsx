import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
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
});
