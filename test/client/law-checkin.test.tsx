import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { checkin, sentRequests, sessionCard, sessionId } from './support/law-sessions-fixtures';
import CheckinPage from '@/features/law/pages/checkin/index';
import { checkinCodeOf } from '@/features/law/pages/checkin/use-checkin';
import { lawRoutes } from '@/features/law/routes';
import { quizRoutes } from '@/features/quiz';
import QuizLandingPage from '@/features/quiz/pages/index/index';
import { session } from '@/services/session';
import { storage } from '@/services/storage';

const sent = () => sentRequests(Taro.request as unknown as jest.Mock);
const posts = (call: string) => sent().filter((request) => request.call === call);

beforeEach(() => {
  taroTest.reset();
  session.clear();
});

describe('the code a check-in page opens with', () => {
  test('?c= from a link, or the weapp code scene c=CODE (URL-encoded)', () => {
    expect(checkinCodeOf({ c: 'ABCD2345' })).toBe('ABCD2345');
    expect(checkinCodeOf({ scene: 'c%3DABCD2345' })).toBe('ABCD2345');
    expect(checkinCodeOf({ scene: 'c=WXYZ6789' })).toBe('WXYZ6789');
    expect(checkinCodeOf({ scene: 'x%3D1%26c%3Dabcd2345' })).toBe('ABCD2345');
    expect(checkinCodeOf({})).toBeUndefined();
    expect(checkinCodeOf({ scene: 'sa.123' })).toBeUndefined();
  });
});

describe('签到', () => {
  test('scanned on weapp: checks in with this phone’s kept id; 签到成功, the session, 去答题', async () => {
    taroTest.setRouterParams({ scene: encodeURIComponent('c=ABCD2345') });
    fakeApi({ 'POST /law/checkins': { statusCode: 201, data: checkin() } });
    const { unmount } = render(<CheckinPage />);
    expect(await screen.findByText('签到成功')).toBeTruthy();
    expect(screen.getByText('农村消费维权讲座1')).toBeTruthy();
    const [first] = posts('POST /law/checkins');
    const body = first.data as { code: string; deviceId: string };
    expect(body.code).toBe('ABCD2345');
    expect(body.deviceId).toMatch(/^[A-Za-z0-9_-]{16,64}$/);

    fireEvent.click(screen.getByText('去答题'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: `${quizRoutes.landing}?topic=${encodeURIComponent('识假辨假')}`,
    });
    fireEvent.click(screen.getByText('查看活动详情 ›'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: lawRoutes.session(sessionId(1)) });
    unmount();

    // Scanning again: the same phone id (the server answers the same check-in).
    render(<CheckinPage />);
    await screen.findByText('签到成功');
    const again = posts('POST /law/checkins')[1].data as { deviceId: string };
    expect(again.deviceId).toBe(body.deviceId);
  });

  test('no quiz topic: no 去答题', async () => {
    taroTest.setRouterParams({ c: 'ABCD2345' });
    fakeApi({
      'POST /law/checkins': ok(checkin({ session: sessionCard(1, { quizTopic: undefined }) })),
    });
    render(<CheckinPage />);
    await screen.findByText('签到成功');
    expect(screen.queryByText('去答题')).toBeNull();
  });

  test('a closed window or a wrong code shows the server’s message; a bad code asks nothing', async () => {
    taroTest.setRouterParams({ c: 'ABCD2345' });
    fakeApi({ 'POST /law/checkins': fail(409, 'CHECKIN_CLOSED', '签到已结束') });
    const { unmount } = render(<CheckinPage />);
    expect((await screen.findByRole('alert')).textContent).toBe('签到已结束');
    expect(screen.queryByText('重新签到')).toBeNull();
    fireEvent.click(screen.getByText('查看普法活动'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: lawRoutes.sessions });
    unmount();

    fakeApi({ 'POST /law/checkins': fail(404, 'CHECKIN_NOT_FOUND', '签到码不存在') });
    const second = render(<CheckinPage />);
    expect((await screen.findByRole('alert')).textContent).toBe('签到码不存在');
    second.unmount();

    (Taro.request as unknown as jest.Mock).mockClear();
    taroTest.setRouterParams({ c: 'oops' });
    render(<CheckinPage />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      '签到码无效，请重新扫描现场的签到二维码',
    );
    expect(sent()).toEqual([]);
  });

  test('a lost network offers 重新签到', async () => {
    taroTest.setRouterParams({ c: 'ABCD2345' });
    fakeApi({
      'POST /law/checkins': [
        new Error('offline'),
        new Error('offline'),
        new Error('offline'),
        ok(checkin()),
      ],
    });
    render(<CheckinPage />);
    fireEvent.click(await screen.findByText('重新签到', {}, { timeout: 5000 }));
    expect(await screen.findByText('签到成功')).toBeTruthy();
  });
});

describe('活动反馈', () => {
  beforeEach(() => taroTest.setRouterParams({ c: 'ABCD2345' }));

  test('有用吗 is required; topics up to 5; sent once, then 谢谢反馈', async () => {
    fakeApi({
      'POST /law/checkins': ok(checkin()),
      'POST /law/feedback': { statusCode: 204, data: '' },
    });
    render(<CheckinPage />);
    fireEvent.click(await screen.findByText('提交反馈'));
    expect(await screen.findByText('请选择这场活动对您是否有用')).toBeTruthy();
    expect(posts('POST /law/feedback')).toEqual([]);

    fireEvent.click(screen.getByText('很有用'));
    for (const topic of ['预付卡', '三包', '网购', '食品', '医美', '价格']) {
      fireEvent.click(screen.getByText(topic, { selector: '.filter-chips__chip' }));
    }
    // The sixth is refused: at most five.
    expect(
      screen.getByText('价格', { selector: '.filter-chips__chip' }).getAttribute('aria-checked'),
    ).toBe('false');
    expect(screen.getByText('选填，最多选5项（已选5项）')).toBeTruthy();
    fireEvent.input(document.querySelector('textarea')!, {
      target: { value: ' 希望多讲讲网购退货 ' },
    });
    fireEvent.click(screen.getByText('提交反馈'));

    expect(await screen.findByText('谢谢反馈')).toBeTruthy();
    expect(posts('POST /law/feedback').map((request) => request.data)).toEqual([
      {
        checkinId: 'CHECKIN1',
        feedbackToken: 'token-abcdefghijklmnop',
        useful: 'yes',
        wantTopics: ['预付卡', '三包', '网购', '食品', '医美'],
        text: '希望多讲讲网购退货',
      },
    ]);
    expect(screen.queryByText('提交反馈')).toBeNull();
    expect(storage.get('fx.draft.law-feedback-CHECKIN1')).toBeUndefined();
  });

  test('given before (this check-in): 谢谢反馈 at once, no form', async () => {
    fakeApi({ 'POST /law/checkins': ok(checkin({ feedbackGiven: true })) });
    render(<CheckinPage />);
    expect(await screen.findByText('谢谢反馈')).toBeTruthy();
    expect(screen.queryByText('提交反馈')).toBeNull();
  });

  test('a failed send keeps what was typed across a restart; 409 counts as given', async () => {
    fakeApi({
      'POST /law/checkins': ok(checkin()),
      'POST /law/feedback': fail(400, 'VALIDATION_FAILED', '反馈内容有误'),
    });
    const first = render(<CheckinPage />);
    fireEvent.click(await screen.findByText('有些用'));
    fireEvent.click(screen.getByText('三包', { selector: '.filter-chips__chip' }));
    fireEvent.click(screen.getByText('提交反馈'));
    expect((await screen.findByRole('alert')).textContent).toBe('反馈内容有误');
    first.unmount();

    fakeApi({
      'POST /law/checkins': ok(checkin()),
      'POST /law/feedback': fail(409, 'FEEDBACK_GIVEN', '已经提交过反馈'),
    });
    render(<CheckinPage />);
    await screen.findByText('提交反馈');
    expect(
      screen.getByText('三包', { selector: '.filter-chips__chip' }).getAttribute('aria-checked'),
    ).toBe('true');
    fireEvent.click(screen.getByText('提交反馈'));
    expect(await screen.findByText('谢谢反馈')).toBeTruthy();
    const sentBody = posts('POST /law/feedback').at(-1)?.data as { useful: string };
    expect(sentBody.useful).toBe('some');
  });
});

describe('去答题 lands on the quiz with the session’s topic chosen', () => {
  test('?topic= picks the chip', async () => {
    session.save(sessionFor('consumer'));
    taroTest.setRouterParams({ topic: '投诉维权' });
    fakeApi({
      'GET /quiz/me': ok({
        dailyPapers: 3,
        usedToday: 0,
        questionsPerPaper: 10,
        paperSeconds: 300,
        mistakes: 0,
        topics: [
          { topic: '识假辨假', questions: 20 },
          { topic: '消费者权益', questions: 20 },
          { topic: '投诉维权', questions: 20 },
        ],
      }),
    });
    render(<QuizLandingPage />);
    const chosen = () =>
      screen.getAllByRole('radio').filter((chip) => chip.getAttribute('aria-checked') === 'true');
    await waitFor(() => expect(chosen().map((chip) => chip.textContent)).toEqual(['投诉维权20题']));
  });
});
