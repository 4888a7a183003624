import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { qaCard } from './support/law-qa-fixtures';
import QaListPage from '@/features/law/pages/qa/index';
import QaDetailPage from '@/features/law/pages/qa-detail/index';
import { lawRoutes } from '@/features/law/routes';

beforeEach(() => taroTest.reset());

const query = (url: string) => new URL(url, 'http://app.test').searchParams;

describe('问答 list', () => {
  /** Serves the list by topic; returns the topics asked for ('' for 全部). */
  function serve() {
    const asked: string[] = [];
    fakeApi({
      'GET /law/qa': (options) => {
        const topic = query(options.url).get('topic') ?? '';
        asked.push(topic);
        if (topic === '预付卡') return ok({ items: [], nextCursor: null });
        if (topic === '假货赔偿') {
          return ok({
            items: [qaCard(3, { topic: '假货赔偿', question: '买到假货怎么赔？' })],
            nextCursor: null,
          });
        }
        return ok({ items: [qaCard(1), qaCard(2)], nextCursor: null });
      },
    });
    return asked;
  }

  test('全部 first; a topic chip asks for that topic; a card shows its question and first line', async () => {
    const asked = serve();
    render(<QaListPage />);
    expect(await screen.findByText(qaCard(1).question)).toBeTruthy();
    expect(screen.getAllByText('多数网购商品收到之日起七日内可以无理由退货。')).toHaveLength(2);
    // The rest of the answer is on the card's page.
    expect(screen.queryByText(/定做的/)).toBeNull();

    fireEvent.click(screen.getByText('假货赔偿'));
    expect(await screen.findByText('买到假货怎么赔？')).toBeTruthy();
    expect(screen.queryByText(qaCard(1).question)).toBeNull();

    fireEvent.click(screen.getByText('预付卡'));
    expect(await screen.findByText('“预付卡”还没有问答')).toBeTruthy();
    expect(asked).toEqual(['', '假货赔偿', '预付卡']);
  });

  test('?topic= opens on that topic; a card opens its page', async () => {
    const asked = serve();
    taroTest.setRouterParams({ topic: encodeURIComponent('假货赔偿') });
    render(<QaListPage />);
    fireEvent.click(await screen.findByText('买到假货怎么赔？'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: lawRoutes.qaDetail(qaCard(3).id) });
    expect(asked).toEqual(['假货赔偿']);
    expect(screen.getByText('假货赔偿').getAttribute('aria-selected')).toBe('true');
  });

  test('a failed load says so and retries; pull-down loads again', async () => {
    let calls = 0;
    fakeApi({
      'GET /law/qa': () =>
        ++calls === 1
          ? fail(500, 'INTERNAL', '服务暂时不可用')
          : ok({ items: [qaCard(1)], nextCursor: null }),
    });
    render(<QaListPage />);
    fireEvent.click(await screen.findByText('重新加载'));
    expect(await screen.findByText(qaCard(1).question)).toBeTruthy();
    const before = calls;
    taroTest.pullDownRefresh();
    await waitFor(() => expect(calls).toBe(before + 1));
  });
});

describe('问答 page', () => {
  const card = qaCard(7, {
    citations: [
      {
        law: 'consumer-protection',
        no: 25,
        lawTitle: '中华人民共和国消费者权益保护法',
        label: '第二十五条',
      },
      {
        law: 'e-commerce',
        no: 20,
        lawTitle: '中华人民共和国电子商务法',
        label: '第二十条',
      },
    ],
  });

  test('the question, every paragraph of the answer, and each 依据 a tap to its article', async () => {
    taroTest.setRouterParams({ id: card.id });
    fakeApi({ [`GET /law/qa/${card.id}`]: ok(card) });
    render(<QaDetailPage />);
    expect(await screen.findByText(card.question)).toBeTruthy();
    for (const paragraph of card.answer.split('\n'))
      expect(screen.getByText(paragraph)).toBeTruthy();

    fireEvent.click(screen.getByText('第二十条'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: lawRoutes.article('e-commerce', 20) });
    fireEvent.click(screen.getByText('《中华人民共和国消费者权益保护法》'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: lawRoutes.article('consumer-protection', 25),
    });
  });

  test('转发 shares the card with its question; 复制 copies the question, answer and 依据', async () => {
    taroTest.setRouterParams({ id: card.id });
    fakeApi({ [`GET /law/qa/${card.id}`]: ok(card) });
    const clipboard = jest.fn(async () => undefined);
    (Taro as unknown as { setClipboardData: typeof clipboard }).setClipboardData = clipboard;
    render(<QaDetailPage />);
    await screen.findByText(card.question);
    expect(taroTest.shareAppMessage()).toEqual([
      { title: `问答：${card.question}`, path: lawRoutes.qaDetail(card.id) },
    ]);
    fireEvent.click(screen.getByText('复制'));
    await waitFor(() => expect(clipboard).toHaveBeenCalled());
    const copied = (clipboard.mock.calls[0] as unknown as [{ data: string }])[0].data;
    expect(copied).toContain(`问：${card.question}`);
    expect(copied).toContain('定做的、鲜活易腐的');
    expect(copied).toContain(
      '依据：《中华人民共和国消费者权益保护法》第二十五条、《中华人民共和国电子商务法》第二十条',
    );
  });

  test('a card taken down (404) says so and leads to the other cards', async () => {
    taroTest.setRouterParams({ id: 'gone' });
    fakeApi({ 'GET /law/qa/gone': fail(404, 'QA_NOT_FOUND', '问答不存在') });
    render(<QaDetailPage />);
    expect(await screen.findByText('这条问答已撤下或不存在')).toBeTruthy();
    fireEvent.click(screen.getByText('查看全部问答'));
    expect(Taro.redirectTo).toHaveBeenLastCalledWith({ url: lawRoutes.qa() });
  });
});
