import Taro from '@tarojs/taro';

/** Full-screen image preview: the platform's own viewer (see preview-image.h5.ts for the browser). */
export const previewImage = (options: Taro.previewImage.Option) => Taro.previewImage(options);
