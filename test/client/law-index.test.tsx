import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { LawSearchResult } from '@api/law';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { lawSummary } from './support/law-library-fixtures';
import LawHomePage from '@/features/law/pages/index/index';

beforeEach(() => taroTest.reset());

const LAWS = {
  items: [
    lawSummary(),
    lawSummary({
      key: 'consumer-regulation',
      title: '中华人民共和国消费者权益保护法实施条例',
      shortTitle: '消费者权益保护法实施条例',
      kind: '行政法规',
      versionDate: '2024-03-15',
      complete: false,
      articleCount: 12,
    }),
    lawSummary({
      key: 'complaint-report-measures',
      title: '市场监督管理投诉举报处理暂行办法',
      shortTitle: '投诉举报处理暂行办法',
      kind: '部门规章',
      versionDate: '2022-03-24',
      articleCount: 41,
    }),
  ],
};

const HITS: LawSearchResult = {
  articles: [
    {
      law: 'consumer-protection',
      lawTitle: '消费者权益保护法',
      no: 25,
      label: '第二十五条',
      snippet: '…消费者有权自收到商品之日起七日内退货，且无需说明理由…',
    },
  ],
  more: false,
  qa: [{ id: 'Q7', question: '网购的东西不想要了，能退吗？', topic: '七天无理由' }],
};

/** The search box's native <input> (NutUI's SearchBar draws Taro's Input). */
const input = () =>
  waitFor(() => {
    const found = document.querySelector('.law-home__bar input');
    if (!found) throw new Error('no search input yet');
    return found;
  });
const type = async (value: string) => fireEvent.input(await input(), { target: { value } });
const searches = () =>
  (Taro.request as unknown as jest.Mock).mock.calls
    .map(([options]: [{ url: string }]) => new URL(options.url, 'http://app.test'))
    .filter((url) => url.pathname.endsWith('/law/search'))
    .map((url) => url.searchParams.get('q'));

describe('普法 home', () => {
  test('the laws by kind with their version and 摘录, the 问答 topics and 法润乡村', async () => {
    fakeApi({ 'GET /law/laws': ok(LAWS) });
    render(<LawHomePage />);
    const laws = await screen.findByLabelText('法律');
    expect(within(laws).getByText('中华人民共和国消费者权益保护法')).toBeTruthy();
    expect(within(laws).getByText('2013年10月25日版 · 63条')).toBeTruthy();
    const regulations = screen.getByLabelText('行政法规');
    expect(within(regulations).getByText('摘录')).toBeTruthy();
    expect(within(regulations).getByText('2024年3月15日版 · 12条（摘录）')).toBeTruthy();
    expect(
      within(screen.getByLabelText('部门规章')).getByText('市场监督管理投诉举报处理暂行办法'),
    ).toBeTruthy();
    expect(screen.queryByLabelText('地方性法规')).toBeNull();

    fireEvent.click(within(laws).getByText('中华人民共和国消费者权益保护法'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/law/pages/law/index?law=consumer-protection',
    });
    fireEvent.click(screen.getByText('预付卡'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: `/features/law/pages/qa/index?topic=${encodeURIComponent('预付卡')}`,
    });
    fireEvent.click(screen.getByText('法润乡村'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/law/pages/sessions/index' });
  });

  test('searching as you type: from one character, only the settled text, results that open', async () => {
    fakeApi({
      'GET /law/laws': ok(LAWS),
      'GET /law/search': (options) =>
        ok(
          new URL(options.url, 'http://app.test').searchParams.get('q') === '退货'
            ? HITS
            : { articles: [], more: false, qa: [] },
        ),
    });
    render(<LawHomePage />);
    await screen.findByText('中华人民共和国消费者权益保护法');
    await type('退');
    expect(await screen.findByText('没有找到“退”相关的条文')).toBeTruthy();
    await type('退');
    await type('退货');
    const results = await screen.findByLabelText('搜索结果');
    expect(within(results).getByText('消费者权益保护法')).toBeTruthy();
    expect(within(results).getByText('第二十五条')).toBeTruthy();
    // The match is marked in the snippet.
    const marks = results.querySelectorAll('.law-home__match');
    expect(Array.from(marks).map((mark) => mark.textContent)).toEqual(['退货']);
    expect(results.querySelector('.law-home__snippet')!.textContent).toBe(HITS.articles[0].snippet);
    expect(searches()).toEqual(['退', '退货']);
    // The library list is hidden while searching.
    expect(screen.queryByLabelText('法律')).toBeNull();

    fireEvent.click(within(results).getByText('第二十五条'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/law/pages/article/index?law=consumer-protection&no=25',
    });
    fireEvent.click(within(results).getByText('网购的东西不想要了，能退吗？'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/law/pages/qa-detail/index?id=Q7',
    });

    await type('');
    expect(await screen.findByLabelText('法律')).toBeTruthy();
  });

  test('a failed search says so and retries', async () => {
    fakeApi({
      'GET /law/laws': ok(LAWS),
      'GET /law/search': [fail(503, 'UNAVAILABLE', '服务暂时不可用，请稍后再试'), ok(HITS)],
    });
    render(<LawHomePage />);
    await type('退货');
    expect(await screen.findByText('服务暂时不可用，请稍后再试')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    expect(await screen.findByText('第二十五条')).toBeTruthy();
  });
});
