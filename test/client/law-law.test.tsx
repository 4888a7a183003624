import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { articleText, lawText } from './support/law-library-fixtures';
import { lawCache } from '@/features/law/law-cache';
import LawPage from '@/features/law/pages/law/index';

const taro = Taro as unknown as Record<string, jest.Mock>;
taro.setClipboardData = jest.fn();

beforeEach(() => {
  taroTest.reset();
  taroTest.setRouterParams({ law: 'consumer-protection' });
  taro.setClipboardData.mockResolvedValue(undefined);
});

const EXCERPT = lawText({
  key: 'consumer-protection',
  complete: false,
  fullTextUrl: 'https://flk.npc.gov.cn/detail2.html?full',
});

describe('one law', () => {
  test('its head, the chapters folding open, each article whole and a tap away', async () => {
    fakeApi({ 'GET /law/laws/consumer-protection': ok(lawText()) });
    render(<LawPage />);
    expect(await screen.findByText('中华人民共和国消费者权益保护法')).toBeTruthy();
    expect(screen.getByText('版本：2013年10月25日')).toBeTruthy();
    expect(screen.getByText('来源：国家法律法规数据库')).toBeTruthy();
    expect(screen.getByText('法律')).toBeTruthy();
    expect(screen.queryByText(/本页为摘录/)).toBeNull();

    // The first chapter is open: 第一条 and its first paragraph, whole.
    expect(screen.getByText('第一章 总则')).toBeTruthy();
    expect(screen.getByText(articleText(1).split('\n')[0])).toBeTruthy();
    // The others fold: 第三章 opens on a tap.
    expect(screen.queryByText('第二十五条')).toBeNull();
    const chapter3 = screen.getByText('第三章 经营者的义务');
    fireEvent.click(chapter3);
    const first25 = articleText(25).split('\n')[0];
    const row = await screen.findByText(first25);
    expect(row.textContent).toBe(first25);
    fireEvent.click(screen.getByText('第二十五条'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/law/pages/article/index?law=consumer-protection&no=25',
    });
  });

  test('an excerpt says so and copies the full-text address', async () => {
    fakeApi({ 'GET /law/laws/consumer-protection': ok(EXCERPT) });
    render(<LawPage />);
    const notice = await screen.findByRole('note');
    expect(within(notice).getByText(/本页为摘录/)).toBeTruthy();
    expect(within(notice).getByText('https://flk.npc.gov.cn/detail2.html?full')).toBeTruthy();
    fireEvent.click(within(notice).getByText('复制链接'));
    expect(taro.setClipboardData).toHaveBeenCalledWith({
      data: 'https://flk.npc.gov.cn/detail2.html?full',
    });
  });

  test('offline copy: kept on opening, replaced by a new revision', async () => {
    const api = fakeApi({
      'GET /law/laws/consumer-protection': [
        ok(lawText({ revision: 'rev-1' })),
        ok(lawText({ revision: 'rev-2', versionDate: '2014-03-15' })),
      ],
    });
    const first = render(<LawPage />);
    await screen.findByText('版本：2013年10月25日');
    expect(lawCache.get('consumer-protection')!.law.revision).toBe('rev-1');
    first.unmount();

    // Opened again: the copy at once, then the server's newer revision replaces it.
    render(<LawPage />);
    expect(screen.getByText('版本：2013年10月25日')).toBeTruthy();
    expect(await screen.findByText('版本：2014年3月15日')).toBeTruthy();
    const kept = lawCache.get('consumer-protection')!;
    expect(kept.law.revision).toBe('rev-2');
    expect(kept.law.versionDate).toBe('2014-03-15');
    expect(api.calls).toEqual([
      'GET /law/laws/consumer-protection',
      'GET /law/laws/consumer-protection',
    ]);
  });

  test('without a network the kept copy shows, marked with its day', async () => {
    lawCache.put(lawText(), new Date(2027, 2, 5, 10));
    fakeApi({ 'GET /law/laws/consumer-protection': new Error('offline') });
    render(<LawPage />);
    expect(screen.getByText('中华人民共和国消费者权益保护法')).toBeTruthy();
    expect(await screen.findByText(/离线阅读 · 3月5日保存的版本/)).toBeTruthy();
    expect(screen.getByText(articleText(1).split('\n')[0])).toBeTruthy();
  });

  test('without a network and no copy: the error and a retry that loads it', async () => {
    fakeApi({
      'GET /law/laws/consumer-protection': [
        new Error('offline'),
        new Error('offline'),
        new Error('offline'),
        ok(lawText()),
      ],
    });
    render(<LawPage />);
    expect(
      await screen.findByText('网络不给力，请检查网络后重试', {}, { timeout: 4000 }),
    ).toBeTruthy();
    fireEvent.click(screen.getByText('重新加载'));
    expect(await screen.findByText('中华人民共和国消费者权益保护法')).toBeTruthy();
    expect(screen.queryByText(/离线阅读/)).toBeNull();
  });
});
