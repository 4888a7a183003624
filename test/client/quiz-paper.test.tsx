import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { PAPER_ID, paper, result } from './support/quiz-fixtures';
import { session } from '@/services/session';
import { paperDrafts } from '@/features/quiz/hooks/paper-store';
import PaperPage from '@/features/quiz/pages/paper/index';

const SUBMIT = `POST /quiz/papers/${PAPER_ID}/submission`;
const DRAFT_KEY = `fx.quiz.paper.${PAPER_ID}`;
const RESULT_URL = `/features/quiz/pages/result/index?id=${PAPER_ID}`;

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('consumer'));
  taroTest.setRouterParams({ id: PAPER_ID });
});
afterEach(() => {
  jest.useRealTimers();
});

const option = (text: string) => screen.getByText(text).closest('.quiz-option') as HTMLElement;
const picked = (text: string) => option(text).getAttribute('aria-checked') === 'true';
const button = (label: string) =>
  screen.getAllByText(label)[0].closest('.nut-button') as HTMLElement;
const storedDraft = () =>
  JSON.parse(taroTest.storage.get(DRAFT_KEY) as string) as {
    answers: Record<string, string[]>;
    current: number;
  };

/** Whether anything on screen gives an answer away. */
const revealsAnswers = (container: HTMLElement) =>
  container.querySelector('.quiz-option--correct, .quiz-option--wrong') !== null ||
  /正确答案|解析|回答正确|回答错误/.test(container.textContent ?? '');

describe('答题', () => {
  test('single and multiple choices, navigation, then 交卷 posts exactly the answers', async () => {
    const sent: { data: unknown; key?: string }[] = [];
    fakeApi({
      [SUBMIT]: (options) => {
        sent.push({ data: options.data, key: options.header?.['Idempotency-Key'] });
        return ok(result());
      },
    });
    const draft = paperDrafts.start(paper());
    const { container } = render(<PaperPage />);

    expect(screen.getByText('第 1/3 题')).toBeTruthy();
    expect(screen.getByText('单选')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('05:00');
    fireEvent.click(screen.getByText('QS标志'));
    fireEvent.click(screen.getByText('CCC标志'));
    expect(picked('CCC标志')).toBe(true);
    expect(picked('QS标志')).toBe(false); // single: the second tap replaces the first
    expect(revealsAnswers(container)).toBe(false);

    fireEvent.click(button('下一题'));
    expect(screen.getByText('第 2/3 题')).toBeTruthy();
    expect(screen.getByText('多选')).toBeTruthy();
    expect(screen.getByText('多选题，全部选对才得分')).toBeTruthy();
    fireEvent.click(screen.getByText('自主选择权'));
    fireEvent.click(screen.getByText('安全保障权'));
    fireEvent.click(screen.getByText('知悉真情权'));
    fireEvent.click(screen.getByText('知悉真情权')); // toggled off again
    expect(picked('安全保障权') && picked('自主选择权')).toBe(true);
    expect(picked('知悉真情权')).toBe(false);

    fireEvent.click(button('上一题'));
    expect(screen.getByText('第 1/3 题')).toBeTruthy();
    expect(picked('CCC标志')).toBe(true);

    // The answer sheet jumps to a question.
    fireEvent.click(button('答题卡'));
    expect(screen.getByLabelText('第1题已答')).toBeTruthy();
    expect(screen.getByLabelText('第3题未答')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('第3题未答'));
    expect(screen.getByText('第 3/3 题')).toBeTruthy();
    expect(screen.getByText('判断')).toBeTruthy();
    fireEvent.click(screen.getByText('错'));
    expect(revealsAnswers(container)).toBe(false);

    fireEvent.click(button('交卷'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: RESULT_URL }));
    expect(sent).toEqual([
      {
        data: { answers: { q001: ['A'], q002: ['A', 'D'], q003: ['B'] } },
        key: draft.idempotencyKey,
      },
    ]);
    expect(taroTest.storage.has(DRAFT_KEY)).toBe(false);
    expect(taroTest.storage.get(`fx.quiz.result.${PAPER_ID}`)).toContain('"score"');
  });

  test('the paper and answers survive a remount (app restart)', async () => {
    fakeApi({});
    paperDrafts.start(paper());
    const first = render(<PaperPage />);
    fireEvent.click(screen.getByText('CCC标志'));
    fireEvent.click(button('下一题'));
    fireEvent.click(screen.getByText('安全保障权'));
    expect(storedDraft()).toEqual(
      expect.objectContaining({ answers: { q001: ['A'], q002: ['A'] }, current: 1 }),
    );
    first.unmount();

    render(<PaperPage />);
    expect(screen.getByText('第 2/3 题')).toBeTruthy();
    expect(picked('安全保障权')).toBe(true);
    fireEvent.click(button('上一题'));
    expect(picked('CCC标志')).toBe(true);
  });

  test('unanswered questions ask before handing in', async () => {
    const sent: unknown[] = [];
    fakeApi({ [SUBMIT]: (options) => (sent.push(options.data), ok(result())) });
    paperDrafts.start(paper());
    render(<PaperPage />);
    fireEvent.click(screen.getByText('CCC标志'));
    fireEvent.click(button('交卷'));
    expect(await screen.findByText('还有 2 题未作答，未作答的题目按答错计。')).toBeTruthy();
    expect(sent).toHaveLength(0);
    fireEvent.click(screen.getByText('继续答题'));
    await waitFor(() => expect(screen.queryByText(/还有 2 题未作答/)).toBeNull());

    fireEvent.click(button('交卷'));
    await screen.findByText(/还有 2 题未作答/);
    const confirm = screen
      .getAllByText('交卷')
      .find((element) => element.closest('.nut-dialog')) as HTMLElement;
    fireEvent.click(confirm);
    await waitFor(() => expect(sent).toEqual([{ answers: { q001: ['A'] } }]));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: RESULT_URL }));
  });

  test('a failed submission keeps the answers and shows the message; retry succeeds', async () => {
    const api = fakeApi({
      [SUBMIT]: [fail(500, 'INTERNAL', '服务器开小差了，请稍后再试'), ok(result())],
    });
    paperDrafts.start(paper());
    render(<PaperPage />);
    fireEvent.click(screen.getByText('CCC标志'));
    fireEvent.click(button('下一题'));
    fireEvent.click(screen.getByText('安全保障权'));
    fireEvent.click(button('下一题'));
    fireEvent.click(screen.getByText('对'));
    fireEvent.click(button('交卷'));

    expect(await screen.findByText('提交失败：服务器开小差了，请稍后再试')).toBeTruthy();
    expect(Taro.redirectTo).not.toHaveBeenCalled();
    expect(storedDraft().answers).toEqual({ q001: ['A'], q002: ['A'], q003: ['A'] });
    expect(picked('对')).toBe(true);

    fireEvent.click(button('重新提交'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: RESULT_URL }));
    expect(api.calls.filter((call) => call === SUBMIT)).toHaveLength(2);
  });

  test('the countdown warns in the last 30 seconds and hands in at 0', async () => {
    jest.useFakeTimers();
    const sent: unknown[] = [];
    fakeApi({ [SUBMIT]: (options) => (sent.push(options.data), ok(result())) });
    paperDrafts.start(paper({ durationSeconds: 40 }));
    render(<PaperPage />);
    fireEvent.click(screen.getByText('CCC标志'));
    expect(screen.getByRole('timer').textContent).toBe('00:40');

    await act(async () => jest.advanceTimersByTime(10_500));
    expect(screen.getByRole('timer').textContent).toBe('00:30');
    expect(screen.getByText('最后30秒，时间到将自动交卷')).toBeTruthy();
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '还剩30秒，请抓紧作答' }),
    );
    expect(sent).toHaveLength(0);

    await act(async () => jest.advanceTimersByTime(30_000));
    await waitFor(() => expect(sent).toEqual([{ answers: { q001: ['A'] } }]));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: RESULT_URL }));
  });

  test('time counts from receipt: a draft reopened after its time hands in at once', async () => {
    const sent: unknown[] = [];
    fakeApi({ [SUBMIT]: (options) => (sent.push(options.data), ok(result())) });
    // The server's expiresAt says plenty of time (a wrong phone clock); receipt decides.
    const draft = paperDrafts.start(paper(), Date.now() - 301_000);
    paperDrafts.save({ ...draft, answers: { q003: ['B'] } });
    render(<PaperPage />);
    await waitFor(() => expect(sent).toEqual([{ answers: { q003: ['B'] } }]));
  });

  test('expired: explained, the draft cleared', async () => {
    fakeApi({
      [SUBMIT]: { statusCode: 409, data: { code: 'QUIZ_PAPER_EXPIRED', message: '答题时间已到' } },
    });
    paperDrafts.start(paper());
    render(<PaperPage />);
    fireEvent.click(screen.getByText('CCC标志'));
    fireEvent.click(button('交卷'));
    fireEvent.click(
      (await screen.findAllByText('交卷')).find((e) => e.closest('.nut-dialog')) as HTMLElement,
    );
    expect(await screen.findByText('答题时间已过')).toBeTruthy();
    expect(screen.getByText('答题时间已到')).toBeTruthy();
    expect(taroTest.storage.has(DRAFT_KEY)).toBe(false);
    fireEvent.click(button('返回答题首页'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/features/quiz/pages/index/index' });
  });

  test('already submitted: straight to the result, the draft cleared', async () => {
    fakeApi({ [SUBMIT]: fail(409, 'QUIZ_ALREADY_SUBMITTED', '这份试卷已经交过了') });
    paperDrafts.start(paper());
    render(<PaperPage />);
    fireEvent.click(screen.getByText('CCC标志'));
    fireEvent.click(button('交卷'));
    fireEvent.click(
      (await screen.findAllByText('交卷')).find((e) => e.closest('.nut-dialog')) as HTMLElement,
    );
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: RESULT_URL }));
    expect(taroTest.storage.has(DRAFT_KEY)).toBe(false);
  });

  test('no draft on this phone: a handed-in paper opens its result, else an explanation', async () => {
    fakeApi({ [`GET /quiz/papers/${PAPER_ID}/submission`]: ok(result()) });
    const first = render(<PaperPage />);
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: RESULT_URL }));
    first.unmount();

    fakeApi({});
    render(<PaperPage />);
    expect(await screen.findByText('试卷不存在')).toBeTruthy();
  });
});
