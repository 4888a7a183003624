import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { PosterOp } from '@/components/poster/poster-ops';
import { useCanvasPoster } from '@/components/poster/use-canvas-poster';
import { PosterView } from '@/components/poster/poster-view';
import { session } from '@/services/session';
import { fakeImageServer } from './support/private-images';

const ops: PosterOp[] = [
  { op: 'rect', x: 0, y: 0, w: 600, h: 960, color: '#ffffff' },
  { op: 'text', text: '80分', x: 300, y: 290, size: 120, color: '#fff', align: 'center' },
  { op: 'qrcode', x: 210, y: 680, size: 180 },
];

function Poster({ qrcodeUrl }: { qrcodeUrl: string }) {
  const poster = useCanvasPoster({
    canvasId: 'test-poster',
    width: 600,
    height: 960,
    ops,
    qrcodeUrl,
    fileName: '测试海报-80分.png',
  });
  return <PosterView canvasId="test-poster" label="测试海报" poster={poster} hint="保存后分享" />;
}

const calls: string[] = [];
const ctx = {
  fillStyle: '' as unknown,
  font: '',
  textAlign: '',
  textBaseline: '',
  scale: (x: number, y: number) => calls.push(`scale:${x},${y}`),
  fillRect: () => calls.push('rect'),
  fillText: (value: string) => calls.push(`text:${value}`),
  drawImage: () => calls.push('image'),
};

/** jsdom decodes no images: an <img> whose src contains "broken" fails, any other loads. */
class FakeImage {
  crossOrigin = '';
  onload = () => undefined;
  onerror = () => undefined;
  set src(value: string) {
    setTimeout(() => (value.includes('broken') ? this.onerror() : this.onload()), 0);
  }
}

beforeEach(() => {
  calls.length = 0;
  session.clear();
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ctx as never);
  jest
    .spyOn(HTMLCanvasElement.prototype, 'toDataURL')
    .mockImplementation(() => 'data:image/png;base64,AAAA');
  (globalThis as { Image: unknown }).Image = FakeImage;
});

afterEach(() => jest.restoreAllMocks());

describe('canvas poster (H5)', () => {
  test('draws the ops at twice the grid with the QR code; 下载海报图片 saves a named PNG', async () => {
    fakeImageServer({ '/api/v1/quiz/qrcode': null });
    const { container } = render(<Poster qrcodeUrl="/api/v1/quiz/qrcode" />);
    expect(screen.getByText('海报生成中…')).toBeTruthy();
    await waitFor(() => expect(calls).toContain('image'));
    const canvas = container.querySelector('canvas') as HTMLCanvasElement;
    expect(canvas.getAttribute('aria-label')).toBe('测试海报');
    expect([canvas.width, canvas.height]).toEqual([1200, 1920]);
    expect(calls).toEqual(['scale:2,2', 'rect', 'text:80分', 'image']);
    expect(screen.queryByRole('alert')).toBeNull();

    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      calls.push(`download:${this.download}`);
    });
    await waitFor(() =>
      expect(
        screen
          .getByText('下载海报图片')
          .closest('.nut-button')!
          .classList.contains('nut-button-disabled'),
      ).toBe(false),
    );
    fireEvent.click(screen.getByText('下载海报图片'));
    await waitFor(() => expect(calls).toContain('download:测试海报-80分.png'));
    expect(click).toHaveBeenCalledTimes(1);
  });

  test("the QR code is downloaded with the token (a pending pledge's is private)", async () => {
    session.save({
      token: 'jwt-owner',
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      user: { id: '01JUSEROWNER', role: 'merchant', nickname: '店主' },
    });
    const images = fakeImageServer({ '/api/v1/pledges/P1/qrcode': 'jwt-owner' });
    render(<Poster qrcodeUrl="/api/v1/pledges/P1/qrcode" />);
    await waitFor(() => expect(calls).toContain('image'));
    expect(images.requests).toEqual([
      { path: '/api/v1/pledges/P1/qrcode', headers: { Authorization: 'Bearer jwt-owner' } },
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('refused (404): says so, not "network"; the poster is drawn without it; 重新加载二维码', async () => {
    const images = fakeImageServer({});
    render(<Poster qrcodeUrl="/api/v1/pledges/P2/qrcode" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('二维码加载失败（无权查看或已删除），海报中暂缺二维码。');
    expect(alert.textContent).not.toContain('网络');
    await waitFor(() => expect(calls).toContain('text:80分'));
    expect(calls).not.toContain('image');

    // Fixed on the server meanwhile: the retry draws the poster again, now with the code.
    fakeImageServer({ '/api/v1/pledges/P2/qrcode': null });
    fireEvent.click(screen.getByText('重新加载二维码'));
    await waitFor(() => expect(calls).toContain('image'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(images.requests).toHaveLength(1);
  });

  test('offline: says the network failed; an unreadable image says so', async () => {
    // Paths of their own: a code that loaded in an earlier test is kept for the session.
    fakeImageServer({ '/api/v1/q/offline': 'offline' });
    const { unmount } = render(<Poster qrcodeUrl="/api/v1/q/offline" />);
    expect((await screen.findByRole('alert')).textContent).toContain('二维码加载失败（网络不通）');
    unmount();

    fakeImageServer({ '/api/v1/q/unreadable': null });
    URL.createObjectURL = jest.fn(() => 'blob:broken');
    render(<Poster qrcodeUrl="/api/v1/q/unreadable" />);
    expect((await screen.findByRole('alert')).textContent).toContain('二维码图片无法识别');
  });
});
