import Taro from '@tarojs/taro';

/**
 * In the browser Taro's viewer is a swiper (about 370 KB of script): loaded on the first tap, not
 * with every page that can show a picture. Without a network that load fails: the person is told
 * why nothing opened, and the next tap tries again.
 */
export const previewImage = (options: Taro.previewImage.Option) =>
  import('./image-viewer').then(
    (viewer) => viewer.show(options),
    () => {
      void Taro.showToast({ title: '网络不通，暂时无法放大查看', icon: 'none' });
    },
  );
