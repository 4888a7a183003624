import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeImageServer } from './support/private-images';
import { session } from '@/services/session';
import { loadPrivateImage, PrivateImage } from '@/components/private-image';

const signIn = (token: string) =>
  session.save({
    token,
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: '01JUSEROWNER', role: 'merchant', nickname: '店主' },
  });

beforeEach(() => {
  taroTest.reset();
  session.clear();
});

describe('PrivateImage (H5: fetch with the token → blob URL)', () => {
  test('sends the token; the server answers the owner and the image shows', async () => {
    signIn('jwt-owner');
    const server = fakeImageServer({ '/api/v1/pledges/P1/signature': 'jwt-owner' });
    const { container } = render(
      <PrivateImage url="/api/v1/pledges/P1/signature" what="签名图片" label="签名" />,
    );
    expect(screen.getByText('图片加载中…')).toBeTruthy();
    await waitFor(() => expect(container.querySelector('img[src^="blob:"]')).toBeTruthy());
    expect(server.requests).toEqual([
      { path: '/api/v1/pledges/P1/signature', headers: { Authorization: 'Bearer jwt-owner' } },
    ]);
  });

  test('a 404 says what failed (no right to see it, or gone) and retries on a tap', async () => {
    const server = fakeImageServer({ '/api/v1/pledges/P2/signature': 'jwt-owner' });
    render(<PrivateImage url="/api/v1/pledges/P2/signature" what="签名图片" label="签名" />);
    const failure = await screen.findByText('签名图片加载失败（无权查看或已删除），点击重试');
    expect(failure.getAttribute('role')).toBe('button');
    expect(server.requests[0].headers).toEqual({});

    signIn('jwt-owner');
    fireEvent.click(failure);
    await waitFor(() => expect(document.querySelector('img[src^="blob:"]')).toBeTruthy());
    expect(server.requests[1].headers).toEqual({ Authorization: 'Bearer jwt-owner' });
  });

  test('a lost connection says so, not "no right"', async () => {
    fakeImageServer({ '/api/v1/uploads/U3': 'offline' });
    render(<PrivateImage url="/api/v1/uploads/U3" />);
    expect(await screen.findByText('图片加载失败（网络不通），点击重试')).toBeTruthy();
  });

  test('each signed-in user downloads with their own token (nothing kept across users)', async () => {
    const server = fakeImageServer({ '/api/v1/uploads/U4': 'jwt-a' });
    signIn('jwt-a');
    await expect(loadPrivateImage('/api/v1/uploads/U4')).resolves.toMatch(/^blob:/);
    await expect(loadPrivateImage('/api/v1/uploads/U4')).resolves.toMatch(/^blob:/);
    expect(server.requests).toHaveLength(1);
    signIn('jwt-b');
    await expect(loadPrivateImage('/api/v1/uploads/U4')).rejects.toMatchObject({ status: 404 });
    expect(server.requests[1].headers).toEqual({ Authorization: 'Bearer jwt-b' });
  });
});

describe('PrivateImage (weapp: downloadFile with the header)', () => {
  const downloadFile = Taro.downloadFile as unknown as jest.Mock;
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });
  afterEach(() => {
    process.env.TARO_ENV = 'h5';
  });

  test('the header carries the token; a 404 from the server is a failure', async () => {
    signIn('jwt-owner');
    downloadFile.mockResolvedValueOnce({ statusCode: 200, tempFilePath: 'wxfile://tmp/sig.png' });
    await expect(loadPrivateImage('/api/v1/pledges/W1/signature')).resolves.toBe(
      'wxfile://tmp/sig.png',
    );
    expect(downloadFile).toHaveBeenCalledWith({
      url: expect.stringMatching(/^https?:\/\/.+\/api\/v1\/pledges\/W1\/signature$/),
      header: { Authorization: 'Bearer jwt-owner' },
    });

    downloadFile.mockResolvedValueOnce({ statusCode: 404, tempFilePath: '' });
    render(<PrivateImage url="/api/v1/pledges/W2/signature" what="签名图片" />);
    expect(await screen.findByText('签名图片加载失败（无权查看或已删除），点击重试')).toBeTruthy();
  });
});
