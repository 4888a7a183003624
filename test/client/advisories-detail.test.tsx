import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { AdvisoryAction } from '@api/advisories';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { detail } from './support/advisories-fixtures';
import AdvisoryDetailPage from '@/features/advisories/pages/detail/index';
import { session } from '@/services/session';

const region = seededRegion as Region;
const hotline = region.hotlines[0].number;

// APIs the shared Taro mock leaves out.
const taro = Taro as unknown as Record<string, jest.Mock>;
taro.showModal = jest.fn();
taro.setClipboardData = jest.fn();
taro.showActionSheet = jest.fn();

const signIn = () =>
  session.save({
    token: 'jwt-reader',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: '01JREADER00000000000000000', role: 'consumer', nickname: '读者' },
  });

/** Every request's method, path and body, in order. */
const sent = () =>
  (Taro.request as unknown as jest.Mock).mock.calls.map(
    ([options]: [{ url: string; method?: string; data?: unknown }]) => ({
      call: `${options.method ?? 'GET'} ${new URL(options.url, 'http://app.test').pathname.replace(/^\/api\/v1/, '')}`,
      data: options.data,
    }),
  );

beforeEach(() => {
  taroTest.reset();
  session.clear();
  taroTest.setRouterParams({ id: 'A1' });
  taro.showModal.mockResolvedValue({ confirm: true, cancel: false });
  taro.setClipboardData.mockResolvedValue(undefined);
});

describe('提示 detail: what it says', () => {
  test('tags, title, issuer, date, reads, season and window, the body, 法律依据 and images', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /advisories/A1': ok(
        detail('A1', {
          season: '春节',
          validFrom: '2027-01-20',
          validUntil: '2027-02-28',
          readCount: 321,
          legalBasis: [
            { law: '消费者权益保护法', article: '第五十三条' },
            { law: '《单用途商业预付卡管理办法》', article: '第十五条第一款' },
          ],
          images: [
            { id: 'U1', url: '/api/v1/advisories/A1/images/0' },
            { id: 'U2', url: '/api/v1/advisories/A1/images/1' },
          ],
        }),
      ),
    });
    const { container } = render(<AdvisoryDetailPage />);
    expect(await screen.findByText('春节预付卡消费提示A1')).toBeTruthy();
    const head = container.querySelector('.advisory__head') as HTMLElement;
    expect(within(head).getByText('提示')).toBeTruthy();
    expect(within(head).getByText('预付式消费')).toBeTruthy();
    expect(within(head).getByText('青山县市场监督管理局')).toBeTruthy();
    expect(within(head).getByText('2027年1月20日 发布')).toBeTruthy();
    expect(within(head).getByText('阅读 321')).toBeTruthy();
    expect(within(head).getByText('春节 · 2027年1月20日至2027年2月28日')).toBeTruthy();
    expect(within(head).queryByText('已过期')).toBeNull();
    // The body through the safe markup: bold and a list.
    expect(container.querySelector('.markup-view__bold')!.textContent).toBe('预付卡');
    expect(screen.getByText('选择证照齐全的商家')).toBeTruthy();

    const laws = screen.getByLabelText('法律依据');
    expect(within(laws).getByText('《消费者权益保护法》第五十三条')).toBeTruthy();
    expect(within(laws).getByText('《单用途商业预付卡管理办法》第十五条第一款')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '配图2，点击查看大图' }));
    expect(Taro.previewImage).toHaveBeenCalledWith({
      current: '/api/v1/advisories/A1/images/1',
      urls: ['/api/v1/advisories/A1/images/0', '/api/v1/advisories/A1/images/1'],
    });
    // No merchant named, no call to action given: neither is shown.
    expect(screen.queryByLabelText('涉及商家')).toBeNull();
  });

  test('a 警示 naming a merchant shows the penalty decision and opens the merchant', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /advisories/A1': ok(
        detail('A1', {
          kind: '警示',
          title: '某健身房停业跑路警示',
          expired: true,
          merchant: {
            merchantId: 'M7',
            merchantName: '青山动感健身馆',
            penaltyNo: '青市监处罚〔2027〕12号',
            penaltyDate: '2027-01-05',
          },
        }),
      ),
    });
    render(<AdvisoryDetailPage />);
    const merchant = await screen.findByLabelText('涉及商家');
    expect(
      within(merchant).getByText('处罚决定书 青市监处罚〔2027〕12号（2027年1月5日）'),
    ).toBeTruthy();
    expect(screen.getByText('已过期')).toBeTruthy();
    fireEvent.click(within(merchant).getByRole('link'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/merchants/pages/detail/index?id=M7',
    });
  });

  test('an unpublished or unknown id: 该提示已下线或不存在', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /advisories/A1': fail(404, 'NOT_FOUND', '提示不存在'),
    });
    render(<AdvisoryDetailPage />);
    expect(await screen.findByText('该提示已下线或不存在')).toBeTruthy();
    fireEvent.click(screen.getByText('查看全部消费提示'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/features/advisories/pages/index/index' });
  });
});

describe('提示 detail: 有用, sharing, the call to action', () => {
  test('有用 once: the count goes up, the button stays marked and sends nothing more', async () => {
    signIn();
    fakeApi({
      'GET /region': ok(region),
      'GET /advisories/A1': ok(detail('A1', { usefulCount: 3 })),
      'PUT /advisories/A1/useful': ok({ usefulCount: 4, markedUseful: true }),
    });
    render(<AdvisoryDetailPage />);
    fireEvent.click(await screen.findByLabelText('有用，已有 3 人'));
    const marked = await screen.findByLabelText('已标记有用，共 4 人');
    expect(marked.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(marked);
    await act(async () => undefined);
    expect(sent().filter((r) => r.call === 'PUT /advisories/A1/useful')).toHaveLength(1);
  });

  test('有用 when signed out: explains why, signs in on 登录, then marks it', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /advisories/A1': ok(detail('A1', { usefulCount: 3 })),
      'POST /auth/dev': ok({
        token: 'jwt-new',
        expiresAt: new Date(Date.now() + 3600_000).toISOString(),
        user: { id: '01JNEW0000000000000000000', role: 'consumer', nickname: '新用户' },
      }),
      'PUT /advisories/A1/useful': ok({ usefulCount: 4, markedUseful: true }),
    });
    render(<AdvisoryDetailPage />);
    fireEvent.click(await screen.findByLabelText('有用，已有 3 人'));
    expect(await screen.findByLabelText('已标记有用，共 4 人')).toBeTruthy();
    expect(taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '请先登录', content: expect.stringContaining('有用') }),
    );
    expect(sent().map((r) => r.call)).toEqual(
      expect.arrayContaining(['POST /auth/dev', 'PUT /advisories/A1/useful']),
    );
  });

  test('有用 when signed out and the reader declines: nothing is sent', async () => {
    taro.showModal.mockResolvedValue({ confirm: false, cancel: true });
    fakeApi({
      'GET /region': ok(region),
      'GET /advisories/A1': ok(detail('A1', { usefulCount: 3 })),
    });
    render(<AdvisoryDetailPage />);
    fireEvent.click(await screen.findByLabelText('有用，已有 3 人'));
    await waitFor(() => expect(taro.showModal).toHaveBeenCalled());
    await act(async () => undefined);
    expect(sent().map((r) => r.call)).not.toContain('PUT /advisories/A1/useful');
    expect(screen.getByLabelText('有用，已有 3 人')).toBeTruthy();
  });

  test('转发 and 朋友圈 carry src=sa.<id> and a titled card, and each share is recorded', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /advisories/A1': ok(
        detail('A1', { kind: '警示', cover: { id: 'U1', url: '/api/v1/advisories/A1/images/0' } }),
      ),
      'POST /advisories/A1/shares': { statusCode: 204, data: '' },
    });
    render(<AdvisoryDetailPage />);
    await screen.findByText('春节预付卡消费提示A1');
    expect(taroTest.shareAppMessage()).toEqual([
      {
        title: '【警示】春节预付卡消费提示A1',
        path: '/features/advisories/pages/detail/index?id=A1&src=sa.A1',
        imageUrl: '/api/v1/advisories/A1/images/0',
      },
    ]);
    expect(taroTest.shareTimeline()).toEqual([
      {
        title: '【警示】春节预付卡消费提示A1',
        query: 'id=A1&src=sa.A1',
        imageUrl: '/api/v1/advisories/A1/images/0',
      },
    ]);
    await waitFor(() =>
      expect(sent().filter((r) => r.call === 'POST /advisories/A1/shares')).toEqual([
        { call: 'POST /advisories/A1/shares', data: { channel: 'chat' } },
        { call: 'POST /advisories/A1/shares', data: { channel: 'timeline' } },
      ]),
    );
  });

  test('H5 复制链接 copies the page link with src=sa.<id>; 海报 opens the poster', async () => {
    fakeApi({
      'GET /region': ok(region),
      'GET /advisories/A1': ok(detail('A1')),
      'POST /advisories/A1/shares': { statusCode: 204, data: '' },
    });
    render(<AdvisoryDetailPage />);
    fireEvent.click(await screen.findByText('复制链接'));
    await waitFor(() =>
      expect(taro.setClipboardData).toHaveBeenCalledWith({
        data: `${window.location.origin}/features/advisories/pages/detail/index?id=A1&src=sa.A1`,
      }),
    );
    fireEvent.click(screen.getByText('海报'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/advisories/pages/poster/index?id=A1',
    });
    expect(screen.getByText('收藏')).toBeTruthy();
  });

  const openWith = async (action: AdvisoryAction, merchant?: boolean) => {
    fakeApi({
      'GET /region': ok(region),
      'GET /advisories/A1': ok(
        detail('A1', {
          action,
          ...(merchant && {
            merchant: {
              merchantId: 'M7',
              merchantName: '青山动感健身馆',
              penaltyNo: '青市监处罚〔2027〕12号',
              penaltyDate: '2027-01-05',
            },
          }),
        }),
      ),
    });
    const view = render(<AdvisoryDetailPage />);
    await screen.findByText('春节预付卡消费提示A1');
    return view;
  };

  test('call to action: 我要投诉 about the named merchant, a quiz, a tool', async () => {
    const first = await openWith({ kind: 'complaint' }, true);
    fireEvent.click(screen.getByText('我要投诉'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/features/complaints/pages/new/index?merchantId=M7',
    });
    first.unmount();

    const second = await openWith({ kind: 'quiz', topic: '预付卡' });
    fireEvent.click(screen.getByText('答题：预付卡'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/quiz/pages/index/index' });
    second.unmount();

    await openWith({ kind: 'tool', tool: 'sc-licence' });
    fireEvent.click(screen.getByText('查食品生产许可'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/features/tools/pages/sc/index' });
  });

  test('call to action: the hotline from the profile, to dial or (H5) to copy', async () => {
    await openWith({ kind: 'call-12315' });
    const button = screen.getByText(`拨打 ${hotline} 投诉举报`);
    taro.showActionSheet.mockResolvedValueOnce({ tapIndex: 0 });
    fireEvent.click(button);
    await waitFor(() => expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: hotline }));
    taro.showActionSheet.mockResolvedValueOnce({ tapIndex: 1 });
    fireEvent.click(button);
    await waitFor(() => expect(taro.setClipboardData).toHaveBeenCalledWith({ data: hotline }));
    expect(Taro.makePhoneCall).toHaveBeenCalledTimes(1);
  });
});

describe('opened from a poster', () => {
  test("the weapp code's scene (sa.<id>) names the advisory", async () => {
    taroTest.setRouterParams({ scene: encodeURIComponent('sa.A7') });
    fakeApi({ 'GET /region': ok(region), 'GET /advisories/A7': ok(detail('A7')) });
    render(<AdvisoryDetailPage />);
    expect(await screen.findByText('春节预付卡消费提示A7')).toBeTruthy();
    expect(sent().map((r) => r.call)).toContain('GET /advisories/A7');
  });
});
