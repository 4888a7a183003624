import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { publicTip, tipId } from './support/tips-fixtures';
import TipDetailPage from '@/features/tips/pages/detail/index';
import { TipCard } from '@/features/tips';
import { session } from '@/services/session';

const ID = tipId(1);
const showModal = jest.fn();
beforeEach(() => {
  taroTest.reset();
  taroTest.setRouterParams({ id: ID });
  session.save(sessionFor('consumer'));
  showModal.mockResolvedValue({ confirm: false, cancel: true });
  Object.assign(Taro, { showModal, setClipboardData: jest.fn(async () => undefined) });
});

const calls = (key: string) =>
  (Taro.request as unknown as jest.Mock).mock.calls
    .map(([options]) => options)
    .filter(
      (options) =>
        `${options.method ?? 'GET'} ${new URL(options.url, 'http://app.test').pathname}` === key,
    );

describe('消费小贴士 detail', () => {
  test('shows the tip as plain text, with its category, masked author and date', async () => {
    fakeApi({
      [`GET /tips/${ID}`]: ok(
        publicTip(1, {
          body: '第一段<b>不是粗体</b>\n**也不是列表**',
          photos: [{ id: 'P1', url: `/api/v1/tips/${ID}/photos/P1` }],
        }),
      ),
    });
    const { container } = render(<TipDetailPage />);
    expect(await screen.findByText('买预付卡前先看清条款1')).toBeTruthy();
    expect(
      screen.getByText('第一段<b>不是粗体</b>\n**也不是列表**', { normalizer: (t) => t }),
    ).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('预付式消费')).toBeTruthy();
    expect(screen.getByText('王** 投稿')).toBeTruthy();
    expect(screen.getByText('2026年3月15日')).toBeTruthy();
    expect(screen.getByLabelText('小贴士图片1')).toBeTruthy();
  });

  test('有用 once: the count goes up, the button is spent', async () => {
    fakeApi({
      [`GET /tips/${ID}`]: ok(publicTip(1)),
      [`PUT /tips/${ID}/useful`]: ok({ usefulCount: 4, markedUseful: true }),
    });
    render(<TipDetailPage />);
    // NutUI paints a second gradient behind the label when fill="solid" is passed explicitly.
    expect((await screen.findByText('有用 3')).className).not.toContain('solid');
    fireEvent.click(await screen.findByText('有用 3'));
    expect(await screen.findByText('已觉得有用 4')).toBeTruthy();
    fireEvent.click(screen.getByText('已觉得有用 4'));
    expect(calls(`PUT /api/v1/tips/${ID}/useful`)).toHaveLength(1);
  });

  test('signed out: 有用 and 举报 ask to sign in first and send nothing when declined', async () => {
    session.clear();
    fakeApi({ [`GET /tips/${ID}`]: ok(publicTip(1)) });
    render(<TipDetailPage />);
    fireEvent.click(await screen.findByText('有用 3'));
    await waitFor(() =>
      expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '请先登录' })),
    );
    fireEvent.click(screen.getByText('举报不当内容'));
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(2));
    expect(screen.queryByText('提交举报')).toBeNull();
    expect(calls(`PUT /api/v1/tips/${ID}/useful`)).toHaveLength(0);
  });

  test('举报: a reason from the list and a note, one key across retries', async () => {
    fakeApi({
      [`GET /tips/${ID}`]: ok(publicTip(1)),
      [`POST /tips/${ID}/reports`]: [
        new Error('offline'),
        new Error('offline'),
        new Error('offline'),
        { statusCode: 201, data: { id: 'R1', createdAt: '2026-03-16T00:00:00.000Z' } },
      ],
    });
    render(<TipDetailPage />);
    fireEvent.click(await screen.findByText('举报不当内容'));
    const dialog = (await screen.findByText('工作人员会尽快核实处理，举报人信息不会告诉作者。'))
      .parentElement as HTMLElement;
    // No reason yet: nothing can be sent.
    fireEvent.click(screen.getByText('提交举报'));
    expect(calls(`POST /api/v1/tips/${ID}/reports`)).toHaveLength(0);
    fireEvent.click(within(dialog).getByText('广告推广'));
    // Taro's web component adds its native <textarea> once connected.
    const note = await waitFor(() => {
      const found = dialog.querySelector('textarea');
      if (!found) throw new Error('no textarea yet');
      return found;
    });
    fireEvent.input(note, { target: { value: '文末有微信号' } });
    fireEvent.click(screen.getByText('提交举报'));
    await waitFor(() => expect(calls(`POST /api/v1/tips/${ID}/reports`)).toHaveLength(3));
    // The dialog stays open with what was chosen; the user tries again.
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '网络不给力，请检查网络后重试' }),
      ),
    );
    expect(dialog.querySelector('textarea')!.value).toBe('文末有微信号');
    fireEvent.click(screen.getByText('提交举报'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '已提交举报，感谢你的监督' }),
      ),
    );
    const sent = calls(`POST /api/v1/tips/${ID}/reports`);
    expect(sent).toHaveLength(4);
    expect(new Set(sent.map((options) => options.header['Idempotency-Key'])).size).toBe(1);
    expect(sent[3].data).toEqual({ reason: '广告推广', note: '文末有微信号' });
  }, 15000);

  test('转发 and 朋友圈 carry src=st.<id> and are counted', async () => {
    const api = fakeApi({
      [`GET /tips/${ID}`]: ok(publicTip(1)),
      [`POST /tips/${ID}/shares`]: { statusCode: 204, data: '' },
    });
    render(<TipDetailPage />);
    await screen.findByText('买预付卡前先看清条款1');
    const [card] = taroTest.shareAppMessage() as { title: string; path: string }[];
    expect(card.title).toBe('消费小贴士：买预付卡前先看清条款1');
    expect(card.path).toBe(`/features/tips/pages/detail/index?id=${ID}&src=st.${ID}`);
    const [moment] = taroTest.shareTimeline() as { query: string }[];
    expect(moment.query).toBe(`id=${ID}&src=st.${ID}`);
    await waitFor(() =>
      expect(api.calls.filter((call) => call === `POST /tips/${ID}/shares`)).toHaveLength(2),
    );
    expect(calls(`POST /api/v1/tips/${ID}/shares`).map((o) => o.data)).toEqual([
      { channel: 'chat' },
      { channel: 'timeline' },
    ]);

    // H5 has no 转发: the link, with the same source, is copied.
    fireEvent.click(screen.getByText('复制链接'));
    expect(Taro.setClipboardData).toHaveBeenCalledWith({
      data: `${window.location.origin}/features/tips/pages/detail/index?id=${ID}&src=st.${ID}`,
    });

    fireEvent.click(screen.getByText('生成海报'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/tips/pages/poster/index?id=${ID}`,
    });
  });

  test('hidden, withdrawn or unknown: the gone state, not an error', async () => {
    fakeApi({ [`GET /tips/${ID}`]: fail(404, 'TIP_NOT_FOUND', '小贴士不存在') });
    render(<TipDetailPage />);
    expect(await screen.findByText('这条小贴士已不存在')).toBeTruthy();
    expect(screen.queryByText('有用 3')).toBeNull();
  });

  test('staff can turn it into an official 提示 draft and open it', async () => {
    session.save(sessionFor('staff'));
    fakeApi({
      [`GET /tips/${ID}`]: ok(publicTip(1)),
      [`POST /tips/${ID}/promotion`]: { statusCode: 201, data: { tipId: ID, advisoryId: 'ADV1' } },
    });
    render(<TipDetailPage />);
    fireEvent.click(await screen.findByText('转为官方提示'));
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({
        url: '/features/advisories/pages/edit/index?id=ADV1',
      }),
    );
  });

  test('consumers see no staff action', async () => {
    fakeApi({ [`GET /tips/${ID}`]: ok(publicTip(1)) });
    render(<TipDetailPage />);
    await screen.findByText('买预付卡前先看清条款1');
    expect(screen.queryByText('转为官方提示')).toBeNull();
  });
});

describe('opened from a poster', () => {
  test("the weapp code's scene (st.<id>) names the tip", async () => {
    taroTest.setRouterParams({ scene: encodeURIComponent(`st.${tipId(2)}`) });
    fakeApi({ [`GET /tips/${tipId(2)}`]: ok(publicTip(2)) });
    render(<TipDetailPage />);
    expect(await screen.findByText('买预付卡前先看清条款2')).toBeTruthy();
  });
});

describe('TipCard', () => {
  test('title, the first lines, category, masked author, date and 有用; a tap opens it', () => {
    render(<TipCard tip={publicTip(2, { usefulCount: 12 })} />);
    expect(screen.getByText('买预付卡前先看清条款2')).toBeTruthy();
    expect(screen.getByText(/办卡前问清有效期/)).toBeTruthy();
    expect(screen.getByText('王**')).toBeTruthy();
    expect(screen.getByText('有用 12')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('小贴士 买预付卡前先看清条款2'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/tips/pages/detail/index?id=${tipId(2)}`,
    });
  });
});
