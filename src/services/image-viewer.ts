import Taro from '@tarojs/taro';

/** Taro's full-screen viewer, a chunk of its own on H5 (preview-image.h5.ts). */
export const show = (options: Taro.previewImage.Option) => Taro.previewImage(options);
