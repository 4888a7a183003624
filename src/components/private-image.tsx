import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, View } from '@tarojs/components';
import { apiBase } from '@/services/api-base';
import { authHeader } from '@/services/request';
import { previewImage } from '@/services/preview-image';
import './private-image.scss';

/**
 * Private uploads (licences, photos, a pending pledge's signature, its poster QR code) need the
 * bearer token, and an <Image> cannot send headers: download them first. weapp:
 * Taro.downloadFile with the header → a temp file; H5: fetch → a blob URL. Public images go the
 * same way: without a session no header is sent.
 */
const downloads = new Map<string, Promise<string>>();

export const absoluteUploadUrl = (url: string) =>
  /^(https?:)?\/\//.test(url) ? url : `${apiBase()}${url}`;

/** A failed download: the server's status, or none when the request never got an answer. */
export class PrivateImageError extends Error {
  constructor(readonly status?: number) {
    super(status ? `image ${status}` : 'image network');
  }
}

/** What went wrong, in words: "签名图片加载失败（无权查看或已删除）". */
export function imageFailure(caught: unknown, what = '图片'): string {
  const status = caught instanceof PrivateImageError ? caught.status : undefined;
  if (status === undefined) return `${what}加载失败（网络不通）`;
  if (status === 401 || status === 403 || status === 404 || status === 410) {
    return `${what}加载失败（无权查看或已删除）`;
  }
  if (status >= 500) return `${what}加载失败（服务器暂时出错）`;
  return `${what}加载失败（错误${status}）`;
}

async function download(url: string): Promise<string> {
  const absolute = absoluteUploadUrl(url);
  if (process.env.TARO_ENV === 'h5') {
    let response: Response;
    try {
      response = await fetch(absolute, { headers: authHeader() });
    } catch {
      throw new PrivateImageError();
    }
    if (!response.ok) throw new PrivateImageError(response.status);
    return URL.createObjectURL(await response.blob());
  }
  let result: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    result = await Taro.downloadFile({ url: absolute, header: authHeader() });
  } catch {
    throw new PrivateImageError();
  }
  if (result.statusCode !== 200) throw new PrivateImageError(result.statusCode);
  return result.tempFilePath;
}

/**
 * The local path (temp file or blob URL) of a private upload. Kept per signed-in user (another
 * user may not see it); failures are not kept.
 */
export function loadPrivateImage(url: string): Promise<string> {
  const key = `${authHeader().Authorization ?? ''} ${url}`;
  let pending = downloads.get(key);
  if (!pending) {
    pending = download(url);
    downloads.set(key, pending);
    pending.catch(() => downloads.delete(key));
  }
  return pending;
}

export function usePrivateImage(url: string) {
  const [src, setSrc] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let alive = true;
    setSrc(undefined);
    setError(undefined);
    loadPrivateImage(url).then(
      (local) => alive && setSrc(local),
      (caught: unknown) => alive && setError(caught ?? new PrivateImageError()),
    );
    return () => {
      alive = false;
    };
  }, [url, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { src, failed: error !== undefined, error, retry };
}

interface PrivateImageProps {
  url: string;
  className?: string;
  /** Read by screen readers, e.g. "营业执照照片". */
  label?: string;
  /** What the image is, in the failure message, e.g. 签名图片. */
  what?: string;
  /** aspectFill crops to the frame (photos); aspectFit shows all of it (a signature). */
  mode?: 'aspectFill' | 'aspectFit';
}

/** A private upload, downloaded with the token; tap to view it full screen. */
export function PrivateImage({
  url,
  className,
  label,
  what,
  mode = 'aspectFill',
}: PrivateImageProps) {
  const { src, error, failed, retry } = usePrivateImage(url);
  const classes = `private-image ${className ?? ''}`;
  if (src) {
    return (
      <Image
        className={classes}
        src={src}
        mode={mode}
        ariaLabel={label}
        onClick={() => void previewImage({ current: src, urls: [src] }).catch(() => undefined)}
      />
    );
  }
  return (
    <View
      className={`${classes} private-image--placeholder ${failed ? 'private-image--failed' : ''}`}
      aria-label={label}
      role={failed ? 'button' : undefined}
      onClick={failed ? retry : undefined}
    >
      {failed ? `${imageFailure(error, what)}，点击重试` : '图片加载中…'}
    </View>
  );
}
