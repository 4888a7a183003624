import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi } from './support/api-fake';
import { launchSource, trackVisit } from '@/services/visits';

beforeEach(() => taroTest.reset());

describe('entry tracking', () => {
  test.each([
    [{ query: { src: 'square' } }, 'square'],
    [{ query: { scene: 'src%3Dsquare-2027' } }, 'square-2027'],
    [{ query: { scene: 'shop%3A01J' } }, 'shop:01J'],
    [{ query: { scene: 'src=poster&x=1' } }, 'poster'],
    [{ query: {} }, undefined],
    [{ query: { src: '<script>' } }, undefined],
    [{}, undefined],
  ])('launchSource(%j) → %s', (options, expected) => {
    expect(launchSource(options)).toBe(expected);
  });

  test('a QR launch records one visit with its source and channel', async () => {
    const api = fakeApi({ 'POST /event/visits': { statusCode: 201, data: { id: 'v1' } } });
    await trackVisit({ path: '/pages/index/index', query: { src: 'square' } });
    expect(api.calls).toEqual(['POST /event/visits']);
    expect((Taro.request as unknown as jest.Mock).mock.calls[0][0].data).toEqual({
      source: 'square',
      channel: 'h5',
      path: '/pages/index/index',
    });
  });

  test('a plain launch records nothing, and a failed record never bothers the user', async () => {
    const api = fakeApi({ 'POST /event/visits': new Error('offline') });
    await trackVisit({ query: {} });
    expect(api.calls).toEqual([]);
    await expect(trackVisit({ query: { src: 'square' } })).resolves.toBeUndefined();
    expect(Taro.showToast).not.toHaveBeenCalled();
  });
});
