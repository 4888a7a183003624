import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import type { PledgeCertificate } from '@api/pledges';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { session } from '@/services/session';
import WallPage from '@/features/pledges/pages/wall/index';
import MinePage from '@/features/pledges/pages/mine/index';
import { emptyTerms, toTerms } from '@/features/pledges/pledge-rules';
import { offlineReturnText } from '@/domain/pledge-text';
import { faintPosterText } from './support/poster-contrast';
import {
  posterHeadline,
  posterLayout,
  posterTermLines,
  type PosterData,
} from '@/features/pledges/poster-layout';

const region = seededRegion as Region;
const terms = toTerms({ ...emptyTerms(dayjs('2027-03-15')), windowChoice: 15 });
const pledge = (serial: number, patch: Partial<PledgeCertificate> = {}): PledgeCertificate => ({
  id: `PLEDGE${serial}`,
  kind: 'offline-return',
  status: 'pending',
  certificateNo: `FX-2027-000${serial}`,
  signedAt: '2027-03-10T02:00:00.000Z',
  startsOn: '2027-03-15',
  windowDays: 15,
  excluded: terms.excluded,
  merchantId: `01JMERCHANT00000000000000${serial}`,
  merchantName: `青山惠民超市${serial}号店`,
  merchantAddress: '城关镇人民路1号',
  text: offlineReturnText(`青山惠民超市${serial}号店`, terms),
  terms,
  signerName: '张三',
  signerRole: '负责人',
  signatureUrl: `/api/v1/pledges/PLEDGE${serial}/signature`,
  contentHash: 'f'.repeat(64),
  intact: true,
  merchantUrl: 'https://fx.example.cn/m/1',
  ...patch,
});
const user = (role: 'merchant' | 'staff') => ({
  token: `jwt-${role}`,
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: `01JUSER${role}`, role, nickname: role },
});
const membership = (serial: number) => ({
  id: `MS${serial}`,
  merchantId: `M${serial}`,
  merchantName: `青山茶庄${serial}号`,
  creditCode: 'X',
  role: 'owner',
  status: 'active',
  createdAt: '2027-01-01T00:00:00.000Z',
});
const button = (label: string) => screen.getByText(label).closest('.nut-button') as HTMLElement;

beforeEach(() => {
  taroTest.reset();
  session.clear();
});

describe('poster layout', () => {
  const base: PosterData = {
    campaign: '2027年青山县「青美消费在青山」',
    merchantName: '青山惠民超市1号店',
    kind: 'offline-return',
    terms,
    initiativeTitle: '青美消费在青山',
    certificateNo: 'FX-2027-0001',
  };
  const texts = (data: PosterData) =>
    posterLayout(data).flatMap((op) => (op.op === 'text' ? [op.text] : []));

  test('offline-return: headline, 3–4 term lines, number and a QR code inside the poster', () => {
    expect(posterHeadline(base)).toBe('线下购物 15 天无理由退货');
    const lines = posterTermLines(base);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.length).toBeLessThanOrEqual(4);
    expect(lines).toEqual([
      '适用：本店全部商品',
      '凭小票、发票或支付记录等凭据办理',
      '收到退货后7日内原路退回',
      '不适用：定制商品、鲜活易腐、已拆封的音像制品/软件等',
    ]);
    const all = texts(base);
    expect(all).toContain('2027年青山县「青美消费在青山」');
    expect(all).toContain('青山惠民超市1号店');
    expect(all).toContain('线下购物 15 天无理由退货');
    expect(all).toContain('承诺编号 FX-2027-0001');
    const qr = posterLayout(base).find((op) => op.op === 'qrcode')!;
    expect(qr.op === 'qrcode' && qr.y + qr.size < 960).toBe(true);
    expect(faintPosterText(posterLayout(base))).toEqual([]);
  });

  test('the proof line follows the signed terms, never a fixed "仅凭购物小票"', () => {
    const receipt = { ...terms, conditions: { proof: 'receipt' as const } };
    const lines = posterTermLines({ ...base, terms: receipt });
    expect(lines[1]).toBe('凭购物小票或发票办理');
    // The signed text promises the same proof.
    expect(offlineReturnText('店', receipt)).toContain('凭购物小票或发票办理退货');
    expect(texts({ ...base, terms: receipt }).join('')).not.toContain('仅凭');
  });

  test('initiative: the initiative title; long names wrap', () => {
    const data: PosterData = { ...base, kind: 'initiative', terms: undefined };
    expect(texts(data)).toContain('青美消费在青山');
    expect(posterTermLines(data)).toHaveLength(3);
    const long = texts({ ...data, merchantName: '青山惠民超市'.repeat(10) });
    expect(long.filter((line) => line.includes('青山惠民超市'))).toHaveLength(2);
    expect(long.some((line) => line.endsWith('…'))).toBe(true);
  });
});

describe('倡议签署墙', () => {
  test('the count and the names; tap opens the merchant; 我也要签署 with one owned merchant', async () => {
    session.save(user('merchant'));
    fakeApi({
      'GET /region': ok(region),
      'GET /pledges/initiative/signatories': ok({
        count: 27,
        items: [
          {
            merchantId: 'M1',
            merchantName: '青山茶庄1号',
            town: '城关镇',
            signedAt: '2027-03-15T02:00:00.000Z',
          },
          {
            merchantId: 'M2',
            merchantName: '青山茶庄2号',
            town: '永兴镇',
            signedAt: '2027-03-16T02:00:00.000Z',
          },
        ],
        nextCursor: null,
      }),
      'GET /merchants/memberships/mine': ok({ items: [membership(1)] }),
    });
    render(<WallPage />);
    expect(
      await screen.findByText(`已有 27 家商家签署「${region.initiative.title}」`),
    ).toBeTruthy();
    expect(screen.getByText('永兴镇 · 2027年3月16日')).toBeTruthy();
    fireEvent.click(screen.getByText('青山茶庄2号'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/merchants/pages/detail/index?id=M2',
    });
    fireEvent.click(button('我也要签署'));
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenLastCalledWith({
        url: '/features/pledges/pages/sign/index?merchantId=M1&kind=initiative',
      }),
    );
  });

  test('several owned merchants: asks which one', async () => {
    session.save(user('merchant'));
    fakeApi({
      'GET /pledges/initiative/signatories': ok({ count: 0, items: [], nextCursor: null }),
      'GET /merchants/memberships/mine': ok({ items: [membership(1), membership(2)] }),
    });
    render(<WallPage />);
    expect(await screen.findByText('还没有商家签署')).toBeTruthy();
    fireEvent.click(button('我也要签署'));
    fireEvent.click(await screen.findByText('青山茶庄2号'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/pledges/pages/sign/index?merchantId=M2&kind=initiative',
    });
  });
});

// 承诺核验: test/client/pledges-review.test.tsx.

describe('本店承诺', () => {
  const ahead = dayjs().add(6, 'day').format('YYYY-MM-DD');
  test('lists pledges with status and history; sign buttons', async () => {
    session.save(user('merchant'));
    taroTest.setRouterParams({ merchantId: 'M1' });
    fakeApi({
      'GET /merchants/M1/pledges': ok({
        items: [
          pledge(1, { status: 'withdrawn', endedOn: '2020-05-01', endedReason: '门店停业' }),
          pledge(2, { kind: 'initiative', status: 'verified' }),
          pledge(3, {
            windowDays: 30,
            status: 'withdrawn',
            endedOn: ahead,
            endedReason: '店铺搬迁',
          }),
        ],
      }),
    });
    render(<MinePage />);
    expect(await screen.findByText('线下购物 15 天无理由退货')).toBeTruthy();
    expect(screen.getByText('已撤回于2020年5月1日：门店停业')).toBeTruthy();
    // Announced but not yet in effect: still holding, with its date.
    expect(screen.getByText('撤回公示中')).toBeTruthy();
    expect(
      screen.getByText(
        `将于${dayjs(ahead).format('YYYY年M月D日')}起撤回，此前购买的商品仍按承诺退货：店铺搬迁`,
      ),
    ).toBeTruthy();
    expect(screen.getByText('放心消费倡议')).toBeTruthy();
    fireEvent.click(button('签署无理由退货承诺'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/pledges/pages/sign/index?merchantId=M1&kind=offline-return',
    });
  });
});
