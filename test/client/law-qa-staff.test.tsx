import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { QaContent, QaTransitionBody, StaffQa } from '@api/law';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import {
  colleagueId,
  colleagueName,
  myName,
  staffSession,
} from './support/advisories-staff-fixtures';
import { articleDetail, content, lawSummary, staffQa } from './support/law-qa-fixtures';
import ManagePage from '@/features/law/pages/qa-manage/index';
import EditPage from '@/features/law/pages/qa-edit/index';
import ReviewPage from '@/features/law/pages/qa-review/index';
import { forgetArticleChecks } from '@/features/law/qa-components/article-check';
import { lawRoutes } from '@/features/law/routes';
import { session } from '@/services/session';

const me = staffSession.user.id;
const DRAFT = 'fx.draft.law-qa-new';
const NEW_ID = '01JLAWQANEW000000000000001';
const ARTICLE_25 = articleDetail('consumer-protection', 25, '中华人民共和国消费者权益保护法');
const ARTICLE_24 = articleDetail('consumer-protection', 24, '中华人民共和国消费者权益保护法');

beforeEach(() => {
  taroTest.reset();
  forgetArticleChecks();
  session.save(staffSession);
});

const query = (url: string) => new URL(url, 'http://app.test').searchParams;

/** The library reads the editor and the review page make: two laws, 第二十四/二十五条, no 第九百条. */
const library = {
  'GET /law/laws': ok({
    items: [lawSummary(), lawSummary({ key: 'e-commerce', title: '中华人民共和国电子商务法' })],
  }),
  'GET /law/articles/consumer-protection/25': ok(ARTICLE_25),
  'GET /law/articles/consumer-protection/24': ok(ARTICLE_24),
  'GET /law/articles/consumer-protection/900': fail(404, 'ARTICLE_NOT_FOUND', '本条未收录'),
};

describe('问答管理', () => {
  function serve() {
    const asked: string[] = [];
    fakeApi({
      'GET /law/qa/manage': (options) => {
        const status = query(options.url).get('status') ?? '';
        asked.push(`${status}:${query(options.url).get('limit')}`);
        if (status === 'submitted') {
          return ok({
            items: [staffQa(1), staffQa(2, { authorId: colleagueId, authorName: colleagueName })],
            nextCursor: null,
          });
        }
        if (status === 'published') {
          return ok({
            items: [
              staffQa(3, {
                status: 'published',
                authorId: me,
                authorName: myName,
                revision: {
                  status: 'submitted',
                  content: content(),
                  authorName: colleagueName,
                  updatedAt: '2026-03-14T02:00:00Z',
                },
              }),
            ],
            nextCursor: null,
          });
        }
        return ok({ items: [], nextCursor: null });
      },
    });
    return asked;
  }

  test('opens on 待审核 with its count; the tabs ask by status; seeded and revised cards are marked', async () => {
    const asked = serve();
    render(<ManagePage />);
    expect(await screen.findByText(staffQa(1).content.question)).toBeTruthy();
    expect(screen.getByText('系统预置 · 引用 1 条')).toBeTruthy();
    expect(screen.getByText(`${colleagueName}撰写 · 引用 1 条`)).toBeTruthy();
    await waitFor(() => expect(screen.getByLabelText('待审核，2条')).toBeTruthy());

    fireEvent.click(screen.getByText('已发布'));
    expect(await screen.findByText('有新版本待审')).toBeTruthy();
    expect(screen.getByText(`${myName}（我）撰写 · 引用 1 条`)).toBeTruthy();
    fireEvent.click(screen.getByText('草稿'));
    expect(await screen.findByText('没有草稿')).toBeTruthy();
    expect(asked).toEqual(
      expect.arrayContaining(['submitted:20', 'submitted:50', 'published:20', 'draft:20']),
    );

    fireEvent.click(screen.getByText('新建问答'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: lawRoutes.qaCreate });
  });
});

const field = (container: HTMLElement, selector: string) =>
  waitFor(() => {
    const found = container.querySelector<HTMLInputElement>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  });
const type = async (container: HTMLElement, selector: string, value: string) =>
  fireEvent.input(await field(container, selector), { target: { value } });
/** The error line of the form field labelled `label` ('' when none). */
const errorOf = (label: string) =>
  Array.from(document.querySelectorAll('.form-field'))
    .find((f) => f.querySelector('.form-field__label')?.textContent?.replace('*', '') === label)
    ?.querySelector('.form-field__error')?.textContent ?? '';

/** Opens the row's law picker and confirms its first law (消费者权益保护法). */
async function pickFirstLaw() {
  fireEvent.click(await screen.findByLabelText('选择法律法规'));
  fireEvent.click(await waitFor(() => document.querySelector('.nut-picker-confirm-btn')!));
  await waitFor(() => expect(document.querySelector('.nut-picker')).toBeNull());
}

async function fill(container: HTMLElement) {
  fireEvent.click(await screen.findByText('七天无理由'));
  await type(container, 'input[name="question"]', '网上买的东西不喜欢，能退吗？');
  await type(container, 'textarea[name="answer"]', content().answer);
  await pickFirstLaw();
  await type(container, 'input[name="citation-0"]', '第二十五条');
}

describe('新建问答', () => {
  function serve(create: unknown = ok({ id: NEW_ID, status: 'draft' })) {
    const sent: Array<{ key: string; data: unknown }> = [];
    fakeApi({
      ...library,
      'POST /law/qa': (options) => {
        sent.push({ key: 'create', data: options.data });
        return create as never;
      },
      [`PUT /law/qa/${NEW_ID}`]: (options) => {
        sent.push({ key: 'update', data: options.data });
        return ok(staffQa(9, { id: NEW_ID, status: 'draft' }));
      },
      [`POST /law/qa/${NEW_ID}/transitions`]: (options) => {
        sent.push({ key: 'transition', data: options.data });
        return ok(staffQa(9, { id: NEW_ID }));
      },
    });
    return sent;
  }

  test('a citation shows its article’s first line to confirm; an unknown one says 本条未收录', async () => {
    serve();
    const { container } = render(<EditPage />);
    await fill(container);
    const firstLine = ARTICLE_25.article.text.split('\n')[0];
    const confirmation = await screen.findByLabelText('条文首行');
    expect(within(confirmation).getByText(firstLine)).toBeTruthy();
    expect(within(confirmation).getByText('第二十五条')).toBeTruthy();

    await type(container, 'input[name="citation-0"]', '900');
    expect(await screen.findByText('本条未收录，请核对条号')).toBeTruthy();
    fireEvent.click(screen.getByText('提交审核'));
    // Nothing is sent with a citation the library does not hold.
    expect(Taro.request).not.toHaveBeenCalledWith(expect.objectContaining({ method: 'POST' }));
  });

  test('提交审核 creates the card with its citation, submits it and opens its review', async () => {
    const sent = serve();
    const { container } = render(<EditPage />);
    await fill(container);
    await screen.findByLabelText('条文首行');
    fireEvent.click(screen.getByText('提交审核'));
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: lawRoutes.qaReview(NEW_ID) }),
    );
    expect(sent.map((s) => s.key)).toEqual(['create', 'transition']);
    expect(sent[0].data as QaContent).toEqual({
      topic: '七天无理由',
      question: '网上买的东西不喜欢，能退吗？',
      answer: content().answer,
      citations: [{ law: 'consumer-protection', no: 25 }],
    });
    expect(sent[1].data).toEqual({ action: 'submit' });
    expect(taroTest.storage.get(DRAFT)).toBeUndefined();
  });

  test('the draft survives a failed save and a restart', async () => {
    serve(new Error('offline'));
    const first = render(<EditPage />);
    await fill(first.container);
    await screen.findByLabelText('条文首行');
    fireEvent.click(screen.getByText('保存草稿'));
    expect(await screen.findByText(/填写的内容已保存在本机/)).toBeTruthy();
    first.unmount();

    const again = render(<EditPage />);
    expect(await screen.findByText('已恢复上次未提交的内容。')).toBeTruthy();
    expect((await field(again.container, 'input[name="question"]')).value).toBe(
      '网上买的东西不喜欢，能退吗？',
    );
    expect((await field(again.container, 'input[name="citation-0"]')).value).toBe('第二十五条');
    expect(await screen.findByLabelText('条文首行')).toBeTruthy();
  });

  test("the server's field problems show next to their fields", async () => {
    serve({
      statusCode: 400,
      data: {
        code: 'VALIDATION_FAILED',
        message: '请检查填写的内容',
        fields: {
          'citations.0': '引用的条文未收录：消费者权益保护法第二十五条',
          question: '已有相同的问题',
        },
      },
    });
    const { container } = render(<EditPage />);
    await fill(container);
    await screen.findByLabelText('条文首行');
    fireEvent.click(screen.getByText('保存草稿'));
    const row = screen.getByLabelText('依据1');
    expect(
      await within(row).findByText('引用的条文未收录：消费者权益保护法第二十五条'),
    ).toBeTruthy();
    expect(errorOf('问题')).toBe('已有相同的问题');
    expect(taroTest.storage.get(DRAFT)).toBeTruthy();
    await type(container, 'input[name="question"]', '网购的东西不喜欢，七天内能退吗？');
    await waitFor(() => expect(errorOf('问题')).toBe(''));
  });
});

describe('审核问答', () => {
  function serve(qa: StaffQa, transition?: unknown) {
    taroTest.setRouterParams({ id: qa.id });
    const sent: QaTransitionBody[] = [];
    fakeApi({
      ...library,
      [`GET /law/qa/${qa.id}/manage`]: ok(qa),
      [`POST /law/qa/${qa.id}/transitions`]: (options) => {
        sent.push(options.data as QaTransitionBody);
        return (transition as never) ?? ok(qa);
      },
    });
    return sent;
  }

  const button = (label: string) =>
    screen
      .getAllByText(label)
      .find((text) => text.closest('.nut-button'))!
      .closest('.nut-button') as HTMLElement;
  const dialogButton = (label: string) =>
    waitFor(() => {
      const found = Array.from(document.querySelectorAll('.nut-dialog .nut-button')).find(
        (b) => b.textContent === label,
      );
      if (!found) throw new Error(`no ${label}`);
      return found as HTMLElement;
    });
  async function giveReason(reason: string) {
    const area = await waitFor(() => {
      const found = document.querySelector<HTMLTextAreaElement>('.reason-dialog textarea');
      if (!found) throw new Error('no reason box');
      return found;
    });
    fireEvent.input(area, { target: { value: reason } });
  }

  test('a seeded card: the card as readers see it, the cited article’s words, 系统预置; 发布', async () => {
    const qa = staffQa(1, {
      content: content({
        citations: [
          { law: 'consumer-protection', no: 25 },
          { law: 'consumer-protection', no: 24 },
        ],
      }),
    });
    const sent = serve(qa);
    render(<ReviewPage />);
    expect(await screen.findByText(qa.content.question)).toBeTruthy();
    expect(screen.getAllByText('系统预置').length).toBeGreaterThan(0);
    const words = await screen.findByLabelText('引用条文原文');
    for (const line of ARTICLE_24.article.text.split('\n')) {
      expect(await within(words).findByText(line)).toBeTruthy();
    }
    expect(within(screen.getByLabelText('依据')).getByText('第二十四条')).toBeTruthy();
    fireEvent.click(button('核对无误，发布'));
    await waitFor(() => expect(sent).toEqual([{ action: 'publish' }]));
  });

  test('退回 sends its reason; the server’s refusal is shown', async () => {
    const qa = staffQa(2, { authorId: colleagueId, authorName: colleagueName });
    const sent = serve(qa, fail(409, 'QA_STATE', '该问答已被其他人处理'));
    render(<ReviewPage />);
    await screen.findByText('退回修改');
    fireEvent.click(button('退回修改'));
    await giveReason('第二段说法不准确');
    fireEvent.click(await dialogButton('确认退回'));
    await waitFor(() => expect(sent).toEqual([{ action: 'return', reason: '第二段说法不准确' }]));
    expect(await screen.findByText('该问答已被其他人处理')).toBeTruthy();
  });

  test('the author does not get 发布; a published card is taken down with a reason', async () => {
    serve(staffQa(3, { authorId: me, authorName: myName }));
    const first = render(<ReviewPage />);
    expect(await screen.findByText('这是您撰写的，需由其他工作人员审核发布')).toBeTruthy();
    expect(screen.queryByText('核对无误，发布')).toBeNull();
    first.unmount();

    const published = staffQa(4, {
      status: 'published',
      publishedAt: '2026-03-12T02:00:00Z',
      publishedByName: colleagueName,
      authorId: me,
      authorName: myName,
    });
    const sent = serve(published);
    render(<ReviewPage />);
    await screen.findByText('撤下');
    fireEvent.click(button('撤下'));
    await giveReason('条例已修订');
    fireEvent.click(await dialogButton('确认撤下'));
    await waitFor(() => expect(sent).toEqual([{ action: 'unpublish', reason: '条例已修订' }]));
  });
});
