import type Taro from '@tarojs/taro';

/**
 * In the browser Taro's viewer is a swiper (about 370 KB of script): loaded on the first tap, not
 * with every page that can show a picture.
 */
export const previewImage = (options: Taro.previewImage.Option) =>
  import('./image-viewer').then((viewer) => viewer.show(options));
