import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { articleDetail, articleText, lawSummary, lawText } from './support/law-library-fixtures';
import { posterText } from '@/components/poster/poster-ops';
import { articlePosterLayout } from '@/features/law/components/article-poster-layout';
import { lawCache } from '@/features/law/law-cache';
import LawArticlePage from '@/features/law/pages/article/index';
import { faintPosterText } from './support/poster-contrast';

const taro = Taro as unknown as Record<string, jest.Mock>;
taro.setClipboardData = jest.fn();
taro.showModal = jest.fn();

const TEXT_25 = articleText(25);

beforeEach(() => {
  taroTest.reset();
  taroTest.setRouterParams({ law: 'consumer-protection', no: '25' });
  taro.setClipboardData.mockResolvedValue(undefined);
});

describe('one article', () => {
  test('the law, chapter, 第X条, every paragraph whole, and the source line', async () => {
    fakeApi({
      'GET /law/articles/consumer-protection/25': ok(articleDetail(25)),
      'GET /law/laws/consumer-protection': ok(lawText()),
    });
    const { container } = render(<LawArticlePage />);
    expect(await screen.findByText('第二十五条')).toBeTruthy();
    expect(screen.getByText('《中华人民共和国消费者权益保护法》')).toBeTruthy();
    expect(screen.getByText('第三章 经营者的义务')).toBeTruthy();
    const paragraphs = Array.from(container.querySelectorAll('.law-article__paragraph')).map(
      (node) => node.textContent,
    );
    expect(paragraphs).toEqual(TEXT_25.split('\n'));
    expect(paragraphs.length).toBeGreaterThan(3);
    expect(screen.getByText('来源：国家法律法规数据库（2013年10月25日版）')).toBeTruthy();
    expect(screen.queryByText(/节选/)).toBeNull();
    // Opening an article keeps its whole law for offline reading.
    await waitFor(() => expect(lawCache.get('consumer-protection')?.law.revision).toBe('rev-1'));
  });

  test('复制 puts 《title》第X条, the words and the source on the clipboard', async () => {
    fakeApi({ 'GET /law/articles/consumer-protection/25': ok(articleDetail(25)) });
    render(<LawArticlePage />);
    fireEvent.click(await screen.findByText('复制'));
    expect(taro.setClipboardData).toHaveBeenCalledWith({
      data: `《中华人民共和国消费者权益保护法》第二十五条\n${TEXT_25}\n来源：国家法律法规数据库 https://flk.npc.gov.cn/`,
    });
  });

  test('本条在小程序中的应用: each use with a page opens it; 上一条/下一条 step through', async () => {
    fakeApi({ 'GET /law/articles/consumer-protection/25': ok(articleDetail(25)) });
    render(<LawArticlePage />);
    const uses = await screen.findByLabelText('本条在小程序中的应用');
    fireEvent.click(within(uses).getByText('线下无理由退货承诺与倡议'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/pledges/pages/wall/index' });
    fireEvent.click(within(uses).getByText('问答：网购的东西不想要了，能退吗？'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/law/pages/qa-detail/index?id=Q1',
    });
    (Taro.navigateTo as jest.Mock).mockClear();
    fireEvent.click(within(uses).getByText('节假日与工作日'));
    expect(Taro.navigateTo).not.toHaveBeenCalled();

    fireEvent.click(screen.getByText('下一条'));
    expect(Taro.redirectTo).toHaveBeenLastCalledWith({
      url: '/features/law/pages/article/index?law=consumer-protection&no=26',
    });
    fireEvent.click(screen.getByText('上一条'));
    expect(Taro.redirectTo).toHaveBeenLastCalledWith({
      url: '/features/law/pages/article/index?law=consumer-protection&no=24',
    });
  });

  test('转发 shares 《short》第X条 and the article path; H5 copies the link; 海报 opens the poster', async () => {
    fakeApi({ 'GET /law/articles/consumer-protection/25': ok(articleDetail(25)) });
    render(<LawArticlePage />);
    await screen.findByText('第二十五条');
    expect(taroTest.shareAppMessage()).toEqual([
      {
        title: '《消费者权益保护法》第二十五条',
        path: '/features/law/pages/article/index?law=consumer-protection&no=25',
      },
    ]);
    fireEvent.click(screen.getByText('复制链接'));
    expect(taro.setClipboardData).toHaveBeenCalledWith({
      data: `${window.location.origin}/features/law/pages/article/index?law=consumer-protection&no=25`,
    });
    fireEvent.click(screen.getByText('海报'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/law/pages/poster/index?law=consumer-protection&no=25',
    });
  });

  test('offline: the words come from the kept law, marked with its day', async () => {
    lawCache.put(lawText(), new Date(2027, 2, 5, 10));
    fakeApi({ 'GET /law/articles/consumer-protection/25': new Error('offline') });
    const { container } = render(<LawArticlePage />);
    expect(
      await screen.findByText(/离线阅读 · 3月5日保存的版本/, {}, { timeout: 4000 }),
    ).toBeTruthy();
    expect(screen.getByText('第二十五条')).toBeTruthy();
    expect(container.querySelector('.law-article__paragraph')!.textContent).toBe(
      TEXT_25.split('\n')[0],
    );
    expect(screen.getByText('联网后可查看')).toBeTruthy();
  });

  test('a partial article says 节选, and its own source shows', async () => {
    fakeApi({
      'GET /law/articles/consumer-protection/25': ok(
        articleDetail(25, {
          article: {
            no: 25,
            label: '第二十五条',
            text: '经营者……',
            partial: true,
            source: { name: '某省人大常委会公报', url: 'https://example.gov.cn/' },
          },
        }),
      ),
    });
    render(<LawArticlePage />);
    expect(await screen.findByText(/^节选/)).toBeTruthy();
    expect(screen.getByText('本条核对来源：某省人大常委会公报')).toBeTruthy();
  });

  test('opened from a poster’s mini-program code: the scene <law>.<no> names the article', async () => {
    taroTest.setRouterParams({ scene: encodeURIComponent('consumer-regulation.19') });
    fakeApi({
      'GET /law/articles/consumer-regulation/19': ok(articleDetail(19)),
    });
    render(<LawArticlePage />);
    expect(await screen.findByText('第十九条')).toBeTruthy();
  });

  test('an article the library lacks: 本条未收录 with the law’s full-text address', async () => {
    taroTest.setRouterParams({ law: 'consumer-protection', no: '99' });
    fakeApi({
      'GET /law/articles/consumer-protection/99': fail(404, 'ARTICLE_NOT_FOUND', '本条未收录'),
      'GET /law/laws': ok({ items: [lawSummary({ fullTextUrl: 'https://flk.npc.gov.cn/x' })] }),
    });
    render(<LawArticlePage />);
    expect(await screen.findByText('本条未收录')).toBeTruthy();
    expect(await screen.findByText('https://flk.npc.gov.cn/x')).toBeTruthy();
  });
});

describe('the article poster', () => {
  const data = (text: string) => ({
    county: '青山县',
    lawTitle: '《消费者权益保护法》',
    label: '第二十五条',
    text,
    source: '来源：国家法律法规数据库（2013年10月25日版）',
  });

  test('the whole article fits, at the largest size it can, with its source', () => {
    const ops = articlePosterLayout(data(TEXT_25));
    const words = posterText(ops);
    expect(words).toContain('《消费者权益保护法》第二十五条');
    expect(words.join('')).toContain('来源：国家法律法规数据库（2013年10月25日版）');
    expect(words.join('')).toContain(TEXT_25.replace(/\n/g, ''));
    expect(ops.some((op) => op.op === 'qrcode')).toBe(true);
    // The code under the article opens this article, and the caption says so.
    expect(words).toContain('微信扫码阅读本条');
    expect(faintPosterText(ops)).toEqual([]);
    // No line of the words starts with closing punctuation.
    expect(words.filter((line) => /^[。，、；：]/.test(line))).toEqual([]);
  });

  test('only an article too long for any size is cut, and says where the rest is', () => {
    const words = posterText(articlePosterLayout(data('经营者'.repeat(600))));
    expect(words).toContain('……（扫码阅读全文）');
  });
});
