import Taro from '@tarojs/taro';
import type { ErrorBody } from '@api/common';
import type { Upload, UploadPurpose } from '@api/uploads';
import { apiBase, API_PREFIX } from './api-base';
import { ApiError, authHeader } from './request';

/** Photos from phone cameras are large; WeChat re-encodes them before they leave the phone. */
async function compressed(filePath: string): Promise<string> {
  if (process.env.TARO_ENV !== 'weapp') return filePath;
  try {
    return (await Taro.compressImage({ src: filePath, quality: 80 })).tempFilePath;
  } catch {
    return filePath;
  }
}

function parse(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

/**
 * Uploads one image (JPG/PNG/WebP ≤ 5 MB); `onProgress` receives 0–100. `route` replaces
 * /uploads for a feature with its own upload route (举报: /reports/photos, open to anyone).
 */
export async function uploadImage(
  filePath: string,
  purpose: UploadPurpose,
  onProgress?: (percent: number) => void,
  route = '/uploads',
): Promise<Upload> {
  const source = await compressed(filePath);
  return new Promise<Upload>((resolve, reject) => {
    const task = Taro.uploadFile({
      url: `${apiBase()}${API_PREFIX}${route}?purpose=${purpose}`,
      filePath: source,
      name: 'file',
      header: authHeader(),
      success: (response) => {
        const body = parse(response.data);
        if (response.statusCode === 201 || response.statusCode === 200) {
          resolve(body as Upload);
          return;
        }
        const error = body as Partial<ErrorBody> | undefined;
        const failure = new ApiError(
          response.statusCode,
          error?.code ?? 'UPLOAD_FAILED',
          error?.message ?? '图片上传失败，请重试',
        );
        void Taro.showToast({ title: failure.message, icon: 'none' });
        reject(failure);
      },
      fail: () => {
        const failure = new ApiError(0, 'NETWORK', '网络不给力，图片没有传上去，请重试');
        void Taro.showToast({ title: failure.message, icon: 'none' });
        reject(failure);
      },
    });
    task?.onProgressUpdate?.((progress) => onProgress?.(progress.progress));
  });
}
