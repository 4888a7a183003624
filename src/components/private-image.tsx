import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, View } from '@tarojs/components';
import { apiBase } from '@/services/api-base';
import { authHeader } from '@/services/request';
import './private-image.scss';

/**
 * Private uploads (licences, application photos) need the bearer token, and an <Image> cannot
 * send headers: download them first. weapp: Taro.downloadFile → a temp file; H5: fetch → a blob
 * URL. One download per URL per session.
 */
const downloads = new Map<string, Promise<string>>();

export const absoluteUploadUrl = (url: string) =>
  /^(https?:)?\/\//.test(url) ? url : `${apiBase()}${url}`;

async function download(url: string): Promise<string> {
  const absolute = absoluteUploadUrl(url);
  if (process.env.TARO_ENV === 'h5') {
    const response = await fetch(absolute, { headers: authHeader() });
    if (!response.ok) throw new Error(`image ${response.status}`);
    return URL.createObjectURL(await response.blob());
  }
  const result = await Taro.downloadFile({ url: absolute, header: authHeader() });
  if (result.statusCode !== 200) throw new Error(`image ${result.statusCode}`);
  return result.tempFilePath;
}

/** The local path (temp file or blob URL) of a private upload; failures are not cached. */
export function loadPrivateImage(url: string): Promise<string> {
  let pending = downloads.get(url);
  if (!pending) {
    pending = download(url);
    downloads.set(url, pending);
    pending.catch(() => downloads.delete(url));
  }
  return pending;
}

export function usePrivateImage(url: string) {
  const [src, setSrc] = useState<string>();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let alive = true;
    setSrc(undefined);
    setFailed(false);
    loadPrivateImage(url).then(
      (local) => alive && setSrc(local),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, [url, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { src, failed, retry };
}

interface PrivateImageProps {
  url: string;
  className?: string;
  /** Read by screen readers, e.g. "营业执照照片". */
  label?: string;
}

/** A private upload, downloaded with the token; tap to view it full screen. */
export function PrivateImage({ url, className, label }: PrivateImageProps) {
  const { src, failed, retry } = usePrivateImage(url);
  const classes = `private-image ${className ?? ''}`;
  if (src) {
    return (
      <Image
        className={classes}
        src={src}
        mode="aspectFill"
        ariaLabel={label}
        onClick={() => void Taro.previewImage({ current: src, urls: [src] }).catch(() => undefined)}
      />
    );
  }
  return (
    <View
      className={`${classes} private-image--placeholder`}
      aria-label={label}
      onClick={failed ? retry : undefined}
    >
      {failed ? '加载失败，点击重试' : '图片加载中…'}
    </View>
  );
}
