import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { QuestionBody } from '@api/quiz';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { staffQuestion, staffSession } from './support/quiz-staff-fixtures';
import QuestionPage from '@/features/quiz/pages/question/index';
import {
  EMPTY_QUESTION,
  serverQuestionErrors,
  toBody,
  validateQuestion,
  withOptionRemoved,
  withToggled,
  withType,
} from '@/features/quiz/pages/question/question-rules';
import { session } from '@/services/session';

beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
});

const field = (container: HTMLElement, selector: string) =>
  waitFor(() => {
    const found = container.querySelector<HTMLInputElement>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  });

const type = async (container: HTMLElement, selector: string, value: string) =>
  fireEvent.input(await field(container, selector), { target: { value } });

/** The error line of the field labelled `label` ('' when none). */
const errorOf = (label: string) =>
  screen.getByText(label).closest('.form-field')?.querySelector('.form-field__error')
    ?.textContent ?? '';

const optionInputs = (container: HTMLElement) =>
  Array.from(container.querySelectorAll<HTMLInputElement>('input[name^="option-"]'));

const correct = (key: string) => fireEvent.click(screen.getByLabelText(`选项${key}为正确答案`));

/** Every required field filled for a 单选 question with options 甲/乙/丙/丁. */
async function fillSingle(container: HTMLElement) {
  fireEvent.click(screen.getByText('消费者权益'));
  await type(container, 'input[name="subtopic"]', '九项权利');
  fireEvent.click(screen.getByText('中'));
  await type(container, 'textarea[name="stem"]', '消费者享有哪项权利？');
  const texts = ['甲', '乙', '丙', '丁'];
  await waitFor(() => expect(optionInputs(container)).toHaveLength(4));
  optionInputs(container).forEach((input, i) =>
    fireEvent.input(input, { target: { value: texts[i] } }),
  );
  await type(container, 'textarea[name="explanation"]', '消费者权益保护法第九条。');
}

function capturePosts() {
  const posted: { body: QuestionBody; key?: string }[] = [];
  fakeApi({
    'POST /quiz/questions': (options) => {
      posted.push({ body: options.data as QuestionBody, key: options.header?.['Idempotency-Key'] });
      return { statusCode: 201, data: staffQuestion(9) };
    },
  });
  return posted;
}

describe('question rules', () => {
  test('removing an option relabels the rest and keeps their answers; 判断 fixes A 对 / B 错', () => {
    const draft = { ...EMPTY_QUESTION, type: 'multiple' as const, options: ['a', 'b', 'c', 'd'] };
    const marked = { ...draft, correct: [1, 3] };
    const removed = { ...marked, ...withOptionRemoved(marked, 0) };
    expect(removed.options).toEqual(['b', 'c', 'd']);
    expect(removed.correct).toEqual([0, 2]);
    expect(toBody({ ...removed, topic: '识假辨假' }).answer).toEqual(['A', 'C']);

    const tf = { ...marked, ...withType(marked, 'true-false') };
    expect(tf.options).toEqual(['对', '错']);
    expect(tf.correct).toEqual([]);
    const back = { ...tf, ...withType(tf, 'single') };
    expect(back.options).toEqual(['a', 'b', 'c', 'd']); // the choices come back
    expect({ ...back, ...withToggled(back, 2) }.correct).toEqual([2]);
    expect(validateQuestion({ ...tf, options: ['对', '不对'] }).options).toBe(
      '判断题的选项固定为 A 对 / B 错',
    );
    expect(serverQuestionErrors({ 'options.2.text': '不能为空', '/answer': '答案有误' })).toEqual({
      options: '选项C：不能为空',
      answer: '答案有误',
    });
  });
});

describe('新增/编辑题目', () => {
  test('a lost answer: the retry sends the same Idempotency-Key; a reused key says it may be saved', async () => {
    const keys: (string | undefined)[] = [];
    let online = false;
    fakeApi({
      'POST /quiz/questions': (options) => {
        keys.push(options.header?.['Idempotency-Key']);
        // Offline for the first save and its automatic retries.
        return online
          ? {
              statusCode: 409,
              data: { code: 'IDEMPOTENCY_KEY_REUSED', message: '该请求标识已用于其他内容' },
            }
          : new Error('offline');
      },
    });
    const { container } = render(<QuestionPage />);
    await fillSingle(container);
    correct('A');
    fireEvent.click(screen.getByText('保存题目'));
    expect(await screen.findByText(/网络恢复后再点保存即可/)).toBeTruthy();
    // Edited after the lost answer, then saved again: same key, so no second question.
    online = true;
    await type(container, 'textarea[name="explanation"]', '消费者权益保护法第九条规定。');
    fireEvent.click(screen.getByText('保存题目'));
    expect(await screen.findByText(/这道题可能已经保存成功/)).toBeTruthy();
    expect(new Set(keys).size).toBe(1);
    expect(keys.length).toBeGreaterThan(1);
  });

  test('create posts the QuestionBody with relabelled options and the answer key', async () => {
    const posted = capturePosts();
    const { container } = render(<QuestionPage />);
    await fillSingle(container);
    fireEvent.click(screen.getByLabelText('删除选项A')); // 乙 丙 丁 become A B C
    correct('B'); // 丙
    fireEvent.click(screen.getByText('+ 添加选项'));
    const added = await waitFor(() => {
      const inputs = optionInputs(container);
      if (inputs.length !== 4) throw new Error('option D not shown yet');
      return inputs[3];
    });
    fireEvent.input(added, { target: { value: '戊' } });
    await type(container, 'input[name="image"]', 'https://example.cn/3c.png');
    fireEvent.click(screen.getByText('保存题目'));

    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].body).toEqual({
      type: 'single',
      topic: '消费者权益',
      subtopic: '九项权利',
      difficulty: 2,
      stem: '消费者享有哪项权利？',
      options: [
        { key: 'A', text: '乙' },
        { key: 'B', text: '丙' },
        { key: 'C', text: '丁' },
        { key: 'D', text: '戊' },
      ],
      answer: ['B'],
      explanation: '消费者权益保护法第九条。',
      image: 'https://example.cn/3c.png',
    });
    expect(posted[0].key).toBeTruthy();
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled());
    // Saved: the draft is gone.
    expect(Array.from(taroTest.storage.keys()).filter((k) => k.includes('quiz-question'))).toEqual(
      [],
    );
  });

  test('判断 fixes the options to A 对 / B 错 and answers with one of them', async () => {
    const posted = capturePosts();
    const { container } = render(<QuestionPage />);
    await fillSingle(container);
    fireEvent.click(screen.getByText('判断'));
    expect(optionInputs(container)).toHaveLength(0);
    expect(screen.getByText('A. 对')).toBeTruthy();
    expect(screen.getByText('B. 错')).toBeTruthy();
    expect(screen.queryByText('+ 添加选项')).toBeNull();
    expect(screen.queryByLabelText('删除选项A')).toBeNull();
    correct('B');
    fireEvent.click(screen.getByText('保存题目'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].body).toMatchObject({
      type: 'true-false',
      options: [
        { key: 'A', text: '对' },
        { key: 'B', text: '错' },
      ],
      answer: ['B'],
    });
  });

  test('多选 needs at least two answers before it is sent', async () => {
    const posted = capturePosts();
    const { container } = render(<QuestionPage />);
    await fillSingle(container);
    fireEvent.click(screen.getByText('多选'));
    correct('A');
    fireEvent.click(screen.getByText('保存题目'));
    expect(await screen.findByText('多选题请至少选择两个正确答案')).toBeTruthy();
    expect(posted).toHaveLength(0);
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '请先修改标红的内容', icon: 'none' });

    correct('C');
    await waitFor(() => expect(screen.queryByText('多选题请至少选择两个正确答案')).toBeNull());
    fireEvent.click(screen.getByText('保存题目'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].body.answer).toEqual(['A', 'C']);
    expect(posted[0].body.type).toBe('multiple');
  });

  test('an empty form shows what is missing and sends nothing', async () => {
    const posted = capturePosts();
    render(<QuestionPage />);
    fireEvent.click(screen.getByText('保存题目'));
    expect(await screen.findByText('请选择专题')).toBeTruthy();
    expect(errorOf('题干')).toBe('请填写题干');
    expect(errorOf('解析')).toBe('请填写解析，告诉答题者为什么');
    expect(errorOf('选项')).toBe('请填写选项A');
    expect(posted).toHaveLength(0);
  });

  test("the server's field errors show under their fields; the typed form stays", async () => {
    fakeApi({
      'POST /quiz/questions': {
        statusCode: 400,
        data: {
          code: 'QUIZ_QUESTION_INVALID',
          message: '题干与已有题目重复',
          fields: { stem: '题干与 q012 重复', 'options.1.text': '选项内容重复' },
        },
      },
    });
    const { container } = render(<QuestionPage />);
    await fillSingle(container);
    correct('A');
    fireEvent.click(screen.getByText('保存题目'));
    expect(await screen.findByText('题干与 q012 重复')).toBeTruthy();
    expect(errorOf('题干')).toBe('题干与 q012 重复');
    expect(errorOf('选项')).toBe('选项B：选项内容重复');
    expect(screen.getByText('题干与已有题目重复')).toBeTruthy();
    expect(Taro.navigateBack).not.toHaveBeenCalled();
    expect((container.querySelector('textarea[name="stem"]') as HTMLTextAreaElement).value).toBe(
      '消费者享有哪项权利？',
    );
    // Editing the field clears the server's word on it.
    await type(container, 'textarea[name="stem"]', '消费者依法享有哪项权利？');
    await waitFor(() => expect(errorOf('题干')).toBe(''));
  });

  test('the draft survives a remount (a failed save or a restart)', async () => {
    fakeApi({});
    const first = render(<QuestionPage />);
    await fillSingle(first.container);
    fireEvent.click(screen.getByText('多选'));
    correct('B');
    correct('D');
    first.unmount();

    const { container } = render(<QuestionPage />);
    expect(screen.getByText('已恢复上次未保存的内容。')).toBeTruthy();
    expect((await field(container, 'textarea[name="stem"]')).value).toBe('消费者享有哪项权利？');
    expect((await field(container, 'input[name="subtopic"]')).value).toBe('九项权利');
    expect(optionInputs(container).map((input) => input.value)).toEqual(['甲', '乙', '丙', '丁']);
    expect(screen.getByLabelText('选项B为正确答案').getAttribute('aria-checked')).toBe('true');
    expect(screen.getByLabelText('选项D为正确答案').getAttribute('aria-checked')).toBe('true');
    expect(container.querySelector('.nut-radio-button-active')?.textContent).toBe('多选');

    fireEvent.click(screen.getByText('清空重填'));
    await waitFor(() =>
      expect((container.querySelector('textarea[name="stem"]') as HTMLTextAreaElement).value).toBe(
        '',
      ),
    );
  });

  test('a question made in the app is known by its topic, never by its generated id', async () => {
    const generated = '01jfz3k8m2q4r6t8v0w2x4y6z8';
    taroTest.setRouterParams({ id: generated });
    fakeApi({
      [`GET /quiz/questions/${generated}`]: ok(
        staffQuestion(7, { id: generated, topic: '消费者权益', subtopic: '九项权利' }),
      ),
    });
    const { container } = render(<QuestionPage />);
    expect(await screen.findByText('消费者权益 · 九项权利')).toBeTruthy();
    expect(container.textContent).not.toMatch(/01j/i);
    expect(screen.queryByText(/题号/)).toBeNull();
  });

  test('a question with an id staff chose shows it as 题号', async () => {
    taroTest.setRouterParams({ id: 'q005' });
    fakeApi({ 'GET /quiz/questions/q005': ok(staffQuestion(5)) });
    render(<QuestionPage />);
    expect(await screen.findByText('题号 q005')).toBeTruthy();
  });

  test('edit loads the question, saves with PUT and keeps it in use', async () => {
    taroTest.setRouterParams({ id: 'q005' });
    const put: QuestionBody[] = [];
    fakeApi({
      'GET /quiz/questions/q005': ok(staffQuestion(5, { answered: 40, correctRate: 80 })),
      'PUT /quiz/questions/q005': (options) => {
        put.push(options.data as QuestionBody);
        return ok(staffQuestion(5));
      },
    });
    const { container } = render(<QuestionPage />);
    expect(await screen.findByText('已作答 40 次，正确率 80%')).toBeTruthy();
    expect((await field(container, 'textarea[name="stem"]')).value).toBe(
      '第5题：下列哪类商品必须有3C认证标志？',
    );
    expect(screen.getByLabelText('选项A为正确答案').getAttribute('aria-checked')).toBe('true');
    await type(container, 'textarea[name="explanation"]', '电热水壶在强制性产品认证目录内。');
    fireEvent.click(screen.getByText('保存修改'));
    await waitFor(() => expect(put).toHaveLength(1));
    expect(put[0]).toMatchObject({
      type: 'single',
      answer: ['A'],
      explanation: '电热水壶在强制性产品认证目录内。',
      retired: false,
    });
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled());
  });

  test('停用 asks first, then sends the question with retired: true; 恢复 sends false', async () => {
    taroTest.setRouterParams({ id: 'q005' });
    const put: QuestionBody[] = [];
    fakeApi({
      'GET /quiz/questions/q005': ok(staffQuestion(5, { openReports: 1 })),
      'PUT /quiz/questions/q005': (options) => {
        put.push(options.data as QuestionBody);
        return ok(staffQuestion(5, { retired: (options.data as QuestionBody).retired }));
      },
    });
    render(<QuestionPage />);
    fireEvent.click(await screen.findByText('停用题目'));
    expect(put).toHaveLength(0);
    fireEvent.click(await screen.findByText('确认停用'));
    await waitFor(() => expect(put).toHaveLength(1));
    expect(put[0]).toEqual({
      id: 'q005',
      type: 'single',
      topic: '识假辨假',
      subtopic: '3C认证',
      difficulty: 1,
      stem: '第5题：下列哪类商品必须有3C认证标志？',
      options: staffQuestion(5).options,
      answer: ['A'],
      explanation: '电热水壶属于强制性产品认证目录内的家用电器。',
      retired: true,
    });
    expect(await screen.findByText('恢复使用')).toBeTruthy();
    expect(screen.getByText('已停用')).toBeTruthy();

    fireEvent.click(screen.getByText('恢复使用'));
    fireEvent.click(await screen.findByText('确认恢复'));
    await waitFor(() => expect(put).toHaveLength(2));
    expect(put[1].retired).toBe(false);
  });

  test('coming from a 纠错: after saving, the report can be marked fixed', async () => {
    taroTest.setRouterParams({ id: 'q005', report: 'R1' });
    const resolutions: unknown[] = [];
    fakeApi({
      'GET /quiz/questions/q005': ok(staffQuestion(5)),
      'PUT /quiz/questions/q005': ok(staffQuestion(5)),
      'POST /quiz/question-reports/R1/resolution': (options) => {
        resolutions.push(options.data);
        return ok({});
      },
    });
    render(<QuestionPage />);
    expect(await screen.findByText(/正在根据用户纠错修改题目/)).toBeTruthy();
    fireEvent.click(await screen.findByText('保存修改'));
    fireEvent.click(await screen.findByText('标记已修正'));
    await waitFor(() =>
      expect(resolutions).toEqual([{ status: 'fixed', note: '已按纠错修改题目' }]),
    );
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled());
  });

  test('not staff: the gate, no request', () => {
    session.clear();
    const api = fakeApi({});
    render(<QuestionPage />);
    expect(screen.getByText('仅工作人员可用')).toBeTruthy();
    expect(api.calls).toEqual([]);
  });
});
