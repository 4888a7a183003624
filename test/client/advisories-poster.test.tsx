import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { fakeImageServer } from './support/private-images';
import { detail } from './support/advisories-fixtures';
import { POSTER_HEIGHT, POSTER_WIDTH, posterText } from '@/components/poster/poster-ops';
import { advisoryPosterLayout } from '@/features/advisories/components/poster-layout';
import AdvisoryPosterPage from '@/features/advisories/pages/poster/index';
import { posterData, qrcodeUrl } from '@/features/advisories/pages/poster/use-poster';
import { faintPosterText } from './support/poster-contrast';

const region = seededRegion as Region;

const inBounds = (ops: ReturnType<typeof advisoryPosterLayout>) => {
  for (const op of ops) {
    if (op.op === 'text') {
      expect(op.y).toBeGreaterThan(0);
      expect(op.y + op.size / 2).toBeLessThan(POSTER_HEIGHT);
    } else {
      const [w, h] = op.op === 'rect' ? [op.w, op.h] : [op.size, op.size];
      expect(op.x + w).toBeLessThanOrEqual(POSTER_WIDTH);
      expect(op.y + h).toBeLessThanOrEqual(POSTER_HEIGHT);
    }
  }
};

describe('提示海报 layout', () => {
  test('the county and kind, the title, the opening as plain text, the issuer and date, a QR code', () => {
    const data = posterData(
      detail('A1', { kind: '警示', title: '警惕“免费体检”推销保健品' }),
      region,
    );
    const ops = advisoryPosterLayout(data);
    expect(faintPosterText(ops)).toEqual([]);
    const text = posterText(ops);
    expect(text).toEqual(
      expect.arrayContaining([
        '青山县消费警示',
        '青山县市场监督管理局发布',
        '警惕“免费体检”推销保健品',
        // Markup is gone: no **; list items keep a plain marker.
        '春节将至，预付卡消费请注意：',
        '· 选择证照齐全的商家',
        '微信扫码阅读全文',
        '青山县市场监督管理局 · 2027年1月20日',
      ]),
    );
    expect(text.join('')).not.toContain('**');
    expect(ops.filter((op) => op.op === 'qrcode')).toHaveLength(1);
    inBounds(ops);
  });

  test('a long title wraps to 3 lines and a long body is cut with … above the QR code', () => {
    const data = posterData(
      detail('A1', { title: '长标题'.repeat(20), body: '很长的一段正文。'.repeat(80) }),
      region,
    );
    const ops = advisoryPosterLayout(data);
    const text = posterText(ops);
    expect(text.filter((line) => line.includes('长标题'))).toHaveLength(3);
    const body = text.filter((line) => line.includes('正文'));
    expect(body.length).toBeGreaterThan(2);
    expect(body.at(-1)!.endsWith('…')).toBe(true);
    const qr = ops.find((op) => op.op === 'qrcode')!;
    const lastBody = ops.filter((op) => op.op === 'text' && op.text.includes('正文')).at(-1)!;
    expect(lastBody.y).toBeLessThan(qr.y);
    inBounds(ops);
  });

  test('the QR code comes from the advisory, so scanning it opens the advisory', () => {
    expect(qrcodeUrl('A1')).toBe('/api/v1/advisories/A1/qrcode');
  });
});

describe('提示海报 page (H5)', () => {
  const ctx = {
    fillStyle: '' as unknown,
    font: '',
    textAlign: '',
    textBaseline: '',
    scale: () => undefined,
    fillRect: () => undefined,
    fillText: jest.fn(),
    drawImage: jest.fn(),
  };
  class LoadedImage {
    onload = () => undefined;
    onerror = () => undefined;
    set src(_value: string) {
      setTimeout(() => this.onload(), 0);
    }
  }

  beforeEach(() => {
    taroTest.reset();
    taroTest.setRouterParams({ id: 'A1' });
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ctx as never);
    jest
      .spyOn(HTMLCanvasElement.prototype, 'toDataURL')
      .mockImplementation(() => 'data:image/png;base64,AAAA');
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    (globalThis as { Image: unknown }).Image = LoadedImage;
  });
  afterEach(() => jest.restoreAllMocks());

  test('draws the advisory with its QR code; saving it is recorded as a poster share', async () => {
    const images = fakeImageServer({ '/api/v1/advisories/A1/qrcode': null });
    const api = fakeApi({
      'GET /region': ok(region),
      'GET /advisories/A1': ok(detail('A1')),
      'POST /advisories/A1/shares': { statusCode: 204, data: '' },
    });
    render(<AdvisoryPosterPage />);
    await waitFor(() => expect(ctx.drawImage).toHaveBeenCalled());
    expect(images.requests.map((r) => r.path)).toEqual(['/api/v1/advisories/A1/qrcode']);
    expect(ctx.fillText).toHaveBeenCalledWith(
      '春节预付卡消费提示A1',
      expect.any(Number),
      expect.any(Number),
    );
    expect(api.calls).not.toContain('POST /advisories/A1/shares');

    const save = screen.getByText('下载海报图片');
    await waitFor(() =>
      expect(save.closest('.nut-button')!.classList.contains('nut-button-disabled')).toBe(false),
    );
    fireEvent.click(save);
    await waitFor(() => expect(api.calls).toContain('POST /advisories/A1/shares'));
    const share = (Taro.request as unknown as jest.Mock).mock.calls.find(([options]) =>
      String(options.url).endsWith('/advisories/A1/shares'),
    )![0];
    expect(share.data).toEqual({ channel: 'poster' });
    expect(HTMLAnchorElement.prototype.click).toHaveBeenCalledTimes(1);
  });
});
