import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import {
  sentRequests,
  sessionCard,
  sessionDetail,
  sessionId,
} from './support/law-sessions-fixtures';
import SessionsPage from '@/features/law/pages/sessions/index';
import SessionPage from '@/features/law/pages/session/index';
import { lawRoutes } from '@/features/law/routes';
import { session } from '@/services/session';

const region = seededRegion as Region;
const taro = Taro as unknown as Record<string, jest.Mock>;
const requestSubscribeMessage = jest.fn();
const sent = () => sentRequests(Taro.request as unknown as jest.Mock);
const listQueries = () =>
  sent()
    .filter(({ call }) => call === 'GET /law/sessions')
    .map(({ query }) => query);

beforeEach(() => {
  taroTest.reset();
  session.clear();
  Object.assign(Taro, {
    showModal: jest.fn(async () => ({ confirm: false, cancel: true })),
    setClipboardData: jest.fn(async () => undefined),
    requestSubscribeMessage,
  });
});
afterEach(() => {
  process.env.TARO_ENV = 'h5';
  delete process.env.TARO_APP_LAW_SESSION_TEMPLATE_ID;
  Reflect.deleteProperty(navigator, 'geolocation');
});

describe('法润乡村 list', () => {
  test('cards say when, where, what and who; my reminders on top, tagged 已提醒', async () => {
    session.save(sessionFor('consumer'));
    fakeApi({
      'GET /region': ok(region),
      'GET /law/sessions': ok({
        items: [sessionCard(1), sessionCard(2, { topic: '预付卡消费提醒', town: '河口镇' })],
        nextCursor: null,
      }),
      'GET /law/reminders/mine': ok({ items: [sessionCard(2, { topic: '预付卡消费提醒' })] }),
    });
    render(<SessionsPage />);

    const first = (await screen.findByText('农村消费维权讲座1')).closest('.session-card')!;
    const inFirst = within(first as HTMLElement);
    expect(inFirst.getByText('2099年3月14日 周六 09:00–11:00')).toBeTruthy();
    expect(inFirst.getByText('青石镇 · 东坪村')).toBeTruthy();
    expect(inFirst.getByText('村委会二楼会议室')).toBeTruthy();
    expect(inFirst.getByText('主讲：县市场监管局消保股')).toBeTruthy();
    expect(inFirst.queryByText('已提醒')).toBeNull();

    const mine = await screen.findByLabelText('我的提醒');
    expect(within(mine).getByText('预付卡消费提醒')).toBeTruthy();
    const listed = screen
      .getAllByText('预付卡消费提醒')
      .map((text) => text.closest('.session-card') as HTMLElement);
    expect(listed).toHaveLength(2);
    for (const card of listed) expect(within(card).getByText('已提醒')).toBeTruthy();

    fireEvent.click(first);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: lawRoutes.session(sessionId(1)) });
  });

  test('signed out: no reminders asked; the town filter and 往期活动 reload the list', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /law/sessions': (options) => {
        const past = new URL(options.url, 'http://app.test').searchParams.get('past');
        return ok({
          items: past ? [sessionCard(9, { topic: '去年的讲座', past: true })] : [sessionCard(1)],
          nextCursor: null,
        });
      },
    });
    render(<SessionsPage />);
    await screen.findByText('农村消费维权讲座1');
    expect(sent().map(({ call }) => call)).not.toContain('GET /law/reminders/mine');

    fireEvent.click(screen.getByLabelText('选择乡镇'));
    fireEvent.click(await screen.findByText('确认'));
    await waitFor(() => expect(listQueries().at(-1)).toMatchObject({ town: region.towns[0] }));
    await waitFor(() => expect(document.querySelector('.nut-picker')).toBeNull());

    fireEvent.click(screen.getByText('往期活动'));
    const old = (await screen.findByText('去年的讲座')).closest('.session-card')!;
    expect(within(old as HTMLElement).getByText('已结束')).toBeTruthy();
    expect(listQueries().at(-1)).toMatchObject({ past: 'true', town: region.towns[0] });
    fireEvent.click(screen.getByText('看全部'));
    await waitFor(() => expect(listQueries().at(-1)).toEqual({ past: 'true', limit: '20' }));
    expect(screen.queryByText('按距离排序')).toBeNull();
  });

  test('按距离排序 asks for the position and reloads with near=; distance shown', async () => {
    Object.defineProperty(navigator, 'geolocation', {
      value: {
        getCurrentPosition: (found: PositionCallback) =>
          found({ coords: { latitude: 27.72, longitude: 106.92 } } as GeolocationPosition),
      },
      configurable: true,
    });
    fakeApi({
      'GET /region': ok(region),
      'GET /law/sessions': (options) => {
        const near = new URL(options.url, 'http://app.test').searchParams.get('near');
        return ok({
          items: [sessionCard(1, near ? { distanceKm: 2.4 } : {})],
          nextCursor: null,
        });
      },
    });
    render(<SessionsPage />);
    await screen.findByText('农村消费维权讲座1');
    expect(screen.queryByText(/距您约/)).toBeNull();

    fireEvent.click(screen.getByText('按距离排序'));
    expect(await screen.findByText('距您约2.4公里')).toBeTruthy();
    expect(listQueries().at(-1)).toEqual({ near: '27.72000,106.92000', limit: '20' });
    expect(screen.getByText('已按距离排序')).toBeTruthy();

    fireEvent.click(screen.getByText('按时间排序'));
    await waitFor(() => expect(listQueries().at(-1)).toEqual({ limit: '20' }));
  });

  test('a refused position says so plainly and keeps the order by time', async () => {
    Object.defineProperty(navigator, 'geolocation', {
      value: {
        getCurrentPosition: (_found: PositionCallback, refused: PositionErrorCallback) =>
          refused({ code: 1 } as GeolocationPositionError),
      },
      configurable: true,
    });
    fakeApi({
      'GET /region': ok(region),
      'GET /law/sessions': ok({ items: [sessionCard(1)], nextCursor: null }),
    });
    render(<SessionsPage />);
    await screen.findByText('农村消费维权讲座1');
    fireEvent.click(screen.getByText('按距离排序'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '浏览器未允许获取位置，已按时间排序',
    );
    expect(listQueries()).toHaveLength(1);
    expect(listQueries()[0].near).toBeUndefined();
  });
});

describe('法润乡村 session page', () => {
  beforeEach(() => taroTest.setRouterParams({ id: sessionId(1) }));

  test('everything about it; the map link on H5; the share card', async () => {
    const open = jest.spyOn(window, 'open').mockImplementation(() => null);
    fakeApi({ [`GET /law/sessions/${sessionId(1)}`]: ok(sessionDetail(1)) });
    render(<SessionPage />);
    expect(await screen.findByText('农村消费维权讲座1')).toBeTruthy();
    expect(screen.getByText('2099年3月14日 周六 09:00–11:00')).toBeTruthy();
    expect(screen.getByText('县市场监管局消保股')).toBeTruthy();
    expect(screen.getByText('讲讲买到假货怎么办。')).toBeTruthy();
    expect(screen.getByText('青石镇东坪村 村委会二楼会议室')).toBeTruthy();
    expect(screen.getByText('坐标：北纬 27.72010，东经 106.92030')).toBeTruthy();
    fireEvent.click(screen.getByText('在地图中打开'));
    expect(open).toHaveBeenCalledWith(
      `https://uri.amap.com/marker?position=106.9203,27.7201&name=${encodeURIComponent('村委会二楼会议室')}`,
      '_blank',
    );
    fireEvent.click(screen.getByText('复制地址'));
    expect(taro.setClipboardData).toHaveBeenCalledWith({
      data: '青石镇东坪村 村委会二楼会议室',
    });
    expect(taroTest.shareAppMessage()).toEqual([
      { title: '法润乡村：农村消费维权讲座1', path: lawRoutes.session(sessionId(1)) },
    ]);
    open.mockRestore();
  });

  test('提醒我 signed out asks to sign in first and sends nothing when declined', async () => {
    fakeApi({ [`GET /law/sessions/${sessionId(1)}`]: ok(sessionDetail(1)) });
    render(<SessionPage />);
    fireEvent.click(await screen.findByText('提醒我'));
    await waitFor(() =>
      expect(taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '请先登录' })),
    );
    expect(sent().filter(({ call }) => !call.startsWith('GET'))).toEqual([]);
    expect(screen.getByText('提醒我')).toBeTruthy();
  });

  test('signed in: 提醒我 sets it (将于…提醒您), 取消提醒 takes it back', async () => {
    session.save(sessionFor('consumer'));
    const path = `/law/sessions/${sessionId(1)}/reminder`;
    fakeApi({
      [`GET /law/sessions/${sessionId(1)}`]: ok(sessionDetail(1)),
      [`PUT ${path}`]: ok({ reminded: true, remindOn: '2099-03-13' }),
      [`DELETE ${path}`]: ok({ reminded: false }),
    });
    render(<SessionPage />);
    fireEvent.click(await screen.findByText('提醒我'));
    expect((await screen.findByRole('status')).textContent).toBe('已设置提醒，将于3月13日提醒您');
    expect(sent().find(({ call }) => call === `PUT ${path}`)?.data).toEqual({ subscribed: false });
    expect(taro.showModal).not.toHaveBeenCalled();

    fireEvent.click(screen.getByText('取消提醒'));
    expect(await screen.findByText('提醒我')).toBeTruthy();
    expect(sent().map(({ call }) => call)).toContain(`DELETE ${path}`);
  });

  test('on weapp it asks for the subscribe message and says whether it was accepted', async () => {
    process.env.TARO_ENV = 'weapp';
    process.env.TARO_APP_LAW_SESSION_TEMPLATE_ID = 'TPL-LAW';
    requestSubscribeMessage.mockResolvedValue({ 'TPL-LAW': 'accept' });
    session.save(sessionFor('consumer'));
    const path = `/law/sessions/${sessionId(1)}/reminder`;
    fakeApi({
      [`GET /law/sessions/${sessionId(1)}`]: ok(sessionDetail(1)),
      [`PUT ${path}`]: ok({ reminded: true, remindOn: '2099-03-13' }),
    });
    render(<SessionPage />);
    fireEvent.click(await screen.findByText('提醒我'));
    await screen.findByText('取消提醒');
    expect(requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['TPL-LAW'] });
    expect(sent().find(({ call }) => call === `PUT ${path}`)?.data).toEqual({ subscribed: true });
  });

  test('a session already reminded shows the day; one that began refuses with its message', async () => {
    session.save(sessionFor('consumer'));
    fakeApi({
      [`GET /law/sessions/${sessionId(1)}`]: ok(sessionDetail(1, { reminded: true })),
    });
    const { unmount } = render(<SessionPage />);
    expect((await screen.findByRole('status')).textContent).toBe('已设置提醒，将于3月13日提醒您');
    unmount();

    fakeApi({
      [`GET /law/sessions/${sessionId(1)}`]: ok(sessionDetail(1)),
      [`PUT /law/sessions/${sessionId(1)}/reminder`]: fail(409, 'SESSION_STARTED', '活动已开始'),
    });
    render(<SessionPage />);
    fireEvent.click(await screen.findByText('提醒我'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '活动已开始' })),
    );
    expect(screen.getByText('提醒我')).toBeTruthy();
  });

  test('a cancelled session says so with its reason and offers no reminder', async () => {
    fakeApi({
      [`GET /law/sessions/${sessionId(1)}`]: ok(
        sessionDetail(1, { status: 'cancelled', cancelledReason: '暴雨预警，改期另行通知' }),
      ),
    });
    render(<SessionPage />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('本场活动已取消');
    expect(alert.textContent).toContain('原因：暴雨预警，改期另行通知');
    expect(screen.getByText('已取消')).toBeTruthy();
    expect(screen.queryByText('提醒我')).toBeNull();
  });

  test('a draft or unknown id: 该活动不存在或尚未发布', async () => {
    fakeApi({
      [`GET /law/sessions/${sessionId(1)}`]: fail(404, 'SESSION_NOT_FOUND', '活动不存在'),
    });
    render(<SessionPage />);
    expect(await screen.findByText('该活动不存在或尚未发布')).toBeTruthy();
  });
});
