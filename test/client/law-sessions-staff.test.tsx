import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { fakeImageServer } from './support/private-images';
import { sentRequests, sessionId, staffSession } from './support/law-sessions-fixtures';
import ManagePage from '@/features/law/pages/sessions-manage/index';
import EditPage from '@/features/law/pages/session-edit/index';
import StatsPage from '@/features/law/pages/session-stats/index';
import { lawRoutes } from '@/features/law/routes';
import MePage from '@/pages/me/index';
import { session } from '@/services/session';
import { storage } from '@/services/storage';

const region = seededRegion as Region;
const sent = () => sentRequests(Taro.request as unknown as jest.Mock);
const writes = () => sent().filter(({ call }) => !call.startsWith('GET'));
const errorOf = (label: string) =>
  screen.getByText(label).closest('.form-field')?.querySelector('.form-field__error')
    ?.textContent ?? '';
const input = (name: string) =>
  waitFor(() => {
    const found = document.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!found) throw new Error(`no ${name}`);
    return found;
  });

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('staff'));
  Object.assign(Taro, { showModal: jest.fn(async () => ({ confirm: true, cancel: false })) });
});

describe('普法活动管理', () => {
  test('staff reach it from 我的; consumers see 我的普法提醒 instead', () => {
    const { unmount } = render(<MePage />);
    fireEvent.click(screen.getByText('普法活动管理'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: lawRoutes.sessionsManage });
    unmount();
    session.save(sessionFor('consumer'));
    render(<MePage />);
    expect(screen.queryByText('普法活动管理')).toBeNull();
    fireEvent.click(screen.getByText('我的普法提醒'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: lawRoutes.sessions });
  });

  test('by status with counts; 签到二维码 shows the QR image with the token; 编辑, 新建', async () => {
    const { requests } = fakeImageServer({
      [`/api/v1/law/sessions/${sessionId(1)}/qr`]: 'jwt-staff',
    });
    const asked: string[] = [];
    fakeApi({
      'GET /law/sessions/manage': (options) => {
        const status = new URL(options.url, 'http://app.test').searchParams.get('status') ?? '';
        asked.push(status);
        const items =
          status === 'published'
            ? [staffSession(1)]
            : status === 'cancelled'
              ? [staffSession(2, { status: 'cancelled', cancelledReason: '暴雨预警' })]
              : [];
        return ok({ items, nextCursor: null });
      },
    });
    render(<ManagePage />);
    const card = within(
      (await screen.findByText('农村消费维权讲座1')).closest('.staff-session') as HTMLElement,
    );
    expect(card.getByText('签到 37 人')).toBeTruthy();
    expect(card.getByText('提醒 12 人')).toBeTruthy();
    expect(card.getByText('2099年3月14日 周六 09:00–11:00')).toBeTruthy();

    fireEvent.click(card.getByText('签到二维码'));
    const cardRoot = screen.getByText('农村消费维权讲座1').closest('.staff-session')!;
    await waitFor(() => expect(cardRoot.querySelector('img[src^="blob:image-"]')).toBeTruthy());
    expect(requests[0]).toMatchObject({
      path: `/api/v1/law/sessions/${sessionId(1)}/qr`,
      headers: { Authorization: 'Bearer jwt-staff' },
    });
    expect(card.getByText('签到码 ABCD2345')).toBeTruthy();

    fireEvent.click(card.getByText('编辑'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: lawRoutes.sessionEdit(sessionId(1)) });

    fireEvent.click(screen.getByText('已取消', { selector: '.filter-chips__chip' }));
    expect(await screen.findByText('取消原因：暴雨预警')).toBeTruthy();
    fireEvent.click(screen.getByText('草稿', { selector: '.filter-chips__chip' }));
    expect(await screen.findByText('没有草稿')).toBeTruthy();
    expect(asked).toEqual(['published', 'cancelled', 'draft']);

    fireEvent.click(screen.getByText('新建活动'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: lawRoutes.sessionCreate });
    fireEvent.click(screen.getByText('签到与反馈统计'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: lawRoutes.sessionStats });
  });

  test('发布 a draft after confirming; 取消活动 needs a reason and sends it', async () => {
    let published = false;
    let cancelled = false;
    fakeApi({
      'GET /law/sessions/manage': (options) => {
        const status = new URL(options.url, 'http://app.test').searchParams.get('status');
        if (status === 'draft' && !published) {
          return ok({ items: [staffSession(3, { status: 'draft' })], nextCursor: null });
        }
        if (status === 'published' && !cancelled) {
          return ok({ items: [staffSession(1)], nextCursor: null });
        }
        return ok({ items: [], nextCursor: null });
      },
      [`POST /law/sessions/${sessionId(3)}/transitions`]: () => {
        published = true;
        return ok(staffSession(3));
      },
      [`POST /law/sessions/${sessionId(1)}/transitions`]: () => {
        cancelled = true;
        return ok(staffSession(1, { status: 'cancelled' }));
      },
    });
    render(<ManagePage />);
    await screen.findByText('农村消费维权讲座1');

    fireEvent.click(screen.getByText('取消活动'));
    const dialog = await screen.findByText(
      '原因会显示在活动页面，设置了提醒的群众会收到取消通知。',
    );
    expect(dialog).toBeTruthy();
    fireEvent.click(screen.getByText('确认取消'));
    expect(writes()).toEqual([]);
    fireEvent.input(document.querySelector('.reason-dialog__reason textarea')!, {
      target: { value: '暴雨预警，改期另行通知' },
    });
    fireEvent.click(screen.getByText('确认取消'));
    await waitFor(() =>
      expect(writes()).toEqual([
        {
          call: `POST /law/sessions/${sessionId(1)}/transitions`,
          query: {},
          data: { action: 'cancel', reason: '暴雨预警，改期另行通知' },
        },
      ]),
    );
    expect(await screen.findByText('还没有发布的活动')).toBeTruthy();

    fireEvent.click(screen.getByText('草稿', { selector: '.filter-chips__chip' }));
    fireEvent.click(await screen.findByText('发布'));
    await waitFor(() =>
      expect(writes().at(-1)).toEqual({
        call: `POST /law/sessions/${sessionId(3)}/transitions`,
        query: {},
        data: { action: 'publish' },
      }),
    );
    expect(await screen.findByText('没有草稿')).toBeTruthy();
  });
});

const filled = {
  topic: '农村消费维权讲座',
  town: '',
  village: '东坪村',
  place: '村委会二楼会议室',
  latitude: '',
  longitude: '',
  date: '2099-03-14',
  startTime: '09:00',
  endTime: '11:00',
  speakerUnit: '县市场监管局消保股',
  quizTopic: '',
  description: '',
};

describe('新建普法活动', () => {
  beforeEach(() => taroTest.setRouterParams({}));

  test('an empty form shows each problem next to its field and sends nothing', async () => {
    fakeApi({ 'GET /region': ok(region) });
    render(<EditPage />);
    fireEvent.click(await screen.findByText('保存草稿'));
    await waitFor(() => expect(errorOf('活动主题')).toBe('请填写活动主题'));
    expect(errorOf('主讲单位')).toBe('请填写主讲单位');
    expect(errorOf('活动日期')).toBe('请选择活动日期');
    expect(errorOf('乡镇')).toBe('请选择乡镇');
    expect(errorOf('村（社区）')).toBe('请填写村或社区');
    expect(errorOf('具体地点')).toBe('请填写活动地点');
    expect(writes()).toEqual([]);
  });

  test('a kept draft comes back; half a map point and a too-long session are refused', async () => {
    storage.set('fx.draft.law-session-new', {
      value: { ...filled, latitude: '27.7', endTime: '22:00', startTime: '06:00' },
      idempotencyKey: 'key-1',
    });
    fakeApi({ 'GET /region': ok(region) });
    render(<EditPage />);
    expect(await screen.findByText('已恢复上次未保存的内容。')).toBeTruthy();
    expect((await input('topic')).value).toBe('农村消费维权讲座');
    fireEvent.click(screen.getByText('保存草稿'));
    await waitFor(() => expect(errorOf('地图位置（选填）')).toBe('请同时填写纬度和经度，或都不填'));
    expect(errorOf('结束时间')).toBe('一场活动最长12小时，请检查结束时间');
    expect(writes()).toEqual([]);

    // Typing is kept at once: a restart brings it back.
    fireEvent.input(await input('village'), { target: { value: '西坪村' } });
    await waitFor(() =>
      expect(
        storage.get<{ value: { village: string } }>('fx.draft.law-session-new')?.value.village,
      ).toBe('西坪村'),
    );
  });

  test('the server’s field problems show next to their fields; the draft stays', async () => {
    storage.set('fx.draft.law-session-new', {
      value: { ...filled, latitude: '27.72', longitude: '106.92' },
      idempotencyKey: 'key-2',
    });
    fakeApi({
      'GET /region': ok(region),
      'POST /law/sessions': {
        statusCode: 400,
        data: {
          code: 'VALIDATION_FAILED',
          message: '请修改标红的内容',
          fields: { '/body/town': '请选择县域内的乡镇', '/body/startsAt': '开始时间已过' },
        },
      },
    });
    render(<EditPage />);
    fireEvent.click(await screen.findByLabelText('选择乡镇'));
    fireEvent.click(await screen.findByText('确认'));
    await waitFor(() => expect(document.querySelector('.nut-picker')).toBeNull());
    fireEvent.click(screen.getByText('保存草稿'));

    await waitFor(() => expect(errorOf('乡镇')).toBe('请选择县域内的乡镇'));
    expect(errorOf('开始时间')).toBe('开始时间已过');
    const [create] = writes();
    expect(create.data).toEqual({
      topic: '农村消费维权讲座',
      town: region.towns[0],
      village: '东坪村',
      place: '村委会二楼会议室',
      location: { latitude: 27.72, longitude: 106.92 },
      startsAt: '2099-03-14T01:00:00.000Z',
      endsAt: '2099-03-14T03:00:00.000Z',
      speakerUnit: '县市场监管局消保股',
    });
    expect(storage.get('fx.draft.law-session-new')).toBeDefined();
  });

  test('发布 creates the draft then publishes it, and forgets the kept copy', async () => {
    storage.set('fx.draft.law-session-new', {
      value: { ...filled, town: region.towns[1], quizTopic: '识假辨假' },
      idempotencyKey: 'key-3',
    });
    fakeApi({
      'GET /region': ok(region),
      'POST /law/sessions': { statusCode: 201, data: { id: sessionId(5), status: 'draft' } },
      [`POST /law/sessions/${sessionId(5)}/transitions`]: ok(staffSession(5)),
    });
    render(<EditPage />);
    fireEvent.click(await screen.findByText('发布'));
    await waitFor(() => expect(writes()).toHaveLength(2));
    expect(writes()[0].data).toMatchObject({ town: region.towns[1], quizTopic: '识假辨假' });
    expect(writes()[1].data).toEqual({ action: 'publish' });
    await waitFor(() => expect(storage.get('fx.draft.law-session-new')).toBeUndefined());
  });
});

describe('签到与反馈统计', () => {
  test('per town and per session, the useful bar, wanted topics; a session’s feedback on tap', async () => {
    const figures = {
      attendees: 40,
      feedback: 10,
      useful: { yes: 6, some: 3, no: 1 },
      wantTopics: [
        { topic: '预付卡', count: 5 },
        { topic: '三包', count: 2 },
      ],
    };
    fakeApi({
      'GET /law/sessions/stats': ok({
        sessions: [
          {
            id: sessionId(1),
            topic: '农村消费维权讲座1',
            town: '青石镇',
            village: '东坪村',
            startsAt: '2099-03-14T01:00:00.000Z',
            ...figures,
          },
        ],
        towns: [{ town: '青石镇', sessions: 1, ...figures }],
      }),
      [`GET /law/sessions/${sessionId(1)}/feedback`]: ok({
        items: [
          {
            useful: 'yes',
            wantTopics: ['预付卡'],
            text: '讲得很实在',
            createdAt: '2099-03-14T03:10:00.000Z',
          },
        ],
        nextCursor: null,
      }),
    });
    render(<StatsPage />);
    const town = within(await screen.findByLabelText('青石镇'));
    expect(town.getByText('签到 40 人')).toBeTruthy();
    expect(town.getByText('反馈 10 份')).toBeTruthy();
    expect(town.getByLabelText('是否有用：很有用 6，有些用 3，没什么用 1')).toBeTruthy();
    expect(town.getByText('很有用 6（60%）')).toBeTruthy();
    expect(town.getByText('还想了解：预付卡（5）、三包（2）')).toBeTruthy();

    fireEvent.click(screen.getByText('按场次'));
    expect(await screen.findByText('2099年3月14日 · 青石镇 · 东坪村')).toBeTruthy();
    expect(sent().map(({ call }) => call)).not.toContain(
      `GET /law/sessions/${sessionId(1)}/feedback`,
    );
    fireEvent.click(screen.getByText('查看反馈内容（10）›'));
    expect(await screen.findByText('讲得很实在')).toBeTruthy();
    expect(screen.getByText('还想了解：预付卡')).toBeTruthy();
  });

  test('nothing yet: a plain empty state', async () => {
    fakeApi({ 'GET /law/sessions/stats': ok({ sessions: [], towns: [] }) });
    render(<StatsPage />);
    expect(await screen.findByText('还没有活动数据')).toBeTruthy();
  });
});
