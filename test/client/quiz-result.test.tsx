import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { PAPER_ID, paper, result, status } from './support/quiz-fixtures';
import { session } from '@/services/session';
import { storedResults } from '@/features/quiz/hooks/paper-store';
import ResultPage from '@/features/quiz/pages/result/index';

const region = seededRegion as Region;
const GET_RESULT = `GET /quiz/papers/${PAPER_ID}/submission`;
const shareAppMessage = jest.fn();
const shareTimeline = jest.fn();

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('consumer'));
  taroTest.setRouterParams({ id: PAPER_ID });
  Object.assign(Taro, { useShareAppMessage: shareAppMessage, useShareTimeline: shareTimeline });
});

const card = (n: number) => screen.getByLabelText(new RegExp(`^第${n}题`));
const button = (label: string) => screen.getByText(label).closest('.nut-button') as HTMLElement;

describe('答题结果', () => {
  test('the score, each question with chosen, correct and explanation; share titles', async () => {
    fakeApi({
      [GET_RESULT]: ok(result()),
      'GET /quiz/me': ok(status({ usedToday: 2 })),
      'GET /region': ok(region),
    });
    render(<ResultPage />);
    expect(await screen.findByLabelText('得分')).toHaveProperty('textContent', '67分');
    expect(screen.getByText('答对2/3 · 用时1分23秒')).toBeTruthy();
    expect(screen.queryByText(/不计入排行榜/)).toBeNull();

    // q002: chose A B, the answer is A B D.
    const second = card(2);
    expect(second.getAttribute('aria-label')).toBe('第2题答错');
    expect(within(second).getByText('你的答案：AB')).toBeTruthy();
    expect(within(second).getByText('正确答案：ABD')).toBeTruthy();
    expect(within(second).getByText('✗ 回答错误')).toBeTruthy();
    expect(within(second).getByText(/九项权利。$/)).toBeTruthy();
    const optionOf = (text: string) => within(second).getByText(text).closest('.quiz-option')!;
    expect(optionOf('自主选择权').className).toContain('quiz-option--correct');
    expect(optionOf('安全保障权').className).toContain('quiz-option--correct');
    expect(optionOf('强制交易权').className).toContain('quiz-option--idle');
    expect(within(card(1)).getByText('✓ 回答正确')).toBeTruthy();

    // 只看错题
    fireEvent.click(screen.getByText('只看错题（1）'));
    expect(screen.queryByLabelText('第1题答对')).toBeNull();
    expect(card(2)).toBeTruthy();

    await waitFor(() => expect(screen.getByText('再来一局（今日还剩1次）')).toBeTruthy());
    const share = shareAppMessage.mock.calls.at(-1)?.[0] as () => { title: string; path: string };
    await waitFor(() =>
      expect(share().title).toBe('我在青山县3·15识假辨假答题中得了67分，你也来试试'),
    );
    const latest = shareAppMessage.mock.calls.at(-1)?.[0] as () => { title: string; path: string };
    expect(latest().path).toBe('/features/quiz/pages/index/index?src=share');
    const timeline = shareTimeline.mock.calls.at(-1)?.[0] as () => { query: string };
    expect(timeline().query).toBe('src=share');

    fireEvent.click(button('生成成绩海报'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: `/features/quiz/pages/poster/index?id=${PAPER_ID}`,
    });
  });

  test('ranked=false: the leaderboard note; no chances left: no 再来一局', async () => {
    storedResults.set(PAPER_ID, { result: result(undefined, { ranked: false, secondsUsed: 6 }) });
    const api = fakeApi({ 'GET /quiz/me': ok(status({ usedToday: 3 })) });
    render(<ResultPage />);
    expect(await screen.findByText('用时过短，本次成绩不计入排行榜（少于10秒）')).toBeTruthy();
    expect(screen.getByText('答对2/3 · 用时6秒')).toBeTruthy();
    await waitFor(() => expect(api.calls).toContain('GET /quiz/me'));
    expect(screen.queryByText(/再来一局/)).toBeNull();
    // The stored result came from the hand-in: no need to ask again.
    expect(api.calls).not.toContain(GET_RESULT);
  });

  test('再来一局 draws another paper and replaces this page with it', async () => {
    storedResults.set(PAPER_ID, { result: result(), remainingToday: 2 });
    const posted: unknown[] = [];
    fakeApi({
      'GET /quiz/me': ok(status()),
      'POST /quiz/papers': (options) => {
        posted.push(options.data);
        return { statusCode: 201, data: paper({ paperId: '01JPAPER000000000000000002' }) };
      },
    });
    render(<ResultPage />);
    fireEvent.click(button('再来一局（今日还剩2次）'));
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: '/features/quiz/pages/paper/index?id=01JPAPER000000000000000002',
      }),
    );
    expect(posted).toEqual([{}]);
  });

  test('题目有误 opens a dialog that posts the report', async () => {
    storedResults.set(PAPER_ID, { result: result() });
    const reports: unknown[] = [];
    fakeApi({
      'GET /quiz/me': ok(status()),
      'POST /quiz/question-reports': (options) => {
        reports.push(options.data);
        return {
          statusCode: 201,
          data: { id: '01JREPORT00000000000000001', createdAt: '2027-03-15T02:00:00.000Z' },
        };
      },
    });
    const { container } = render(<ResultPage />);
    fireEvent.click(within(card(3)).getByText('题目有误？'));
    const area = await waitFor(() => {
      const found = container.ownerDocument.querySelector('textarea');
      if (!found) throw new Error('no textarea');
      return found;
    });
    fireEvent.input(area, { target: { value: '12315也受理消费投诉，题干可以写得更完整' } });
    await waitFor(() =>
      expect(button('提交').classList.contains('nut-button-disabled')).toBe(false),
    );
    fireEvent.click(button('提交'));
    await waitFor(() =>
      expect(reports).toEqual([
        { questionId: 'q003', message: '12315也受理消费投诉，题干可以写得更完整' },
      ]),
    );
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '感谢反馈，我们会尽快核实' }),
      ),
    );
  });
});
