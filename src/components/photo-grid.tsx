import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { Progress } from '@nutui/nutui-react-taro';
import type { UploadPurpose } from '@api/uploads';
import { previewImage } from '@/services/preview-image';
import { uploadImage } from '@/services/upload';
import { PrivateImage } from './private-image';
import './photo-grid.scss';

/** An uploaded photo as a draft keeps it: the id the API wants and the URL to show it again. */
export interface StoredPhoto {
  id: string;
  url: string;
}

interface Pending {
  key: string;
  path: string;
  percent: number;
  failed: boolean;
}

interface PhotoGridProps {
  value: StoredPhoto[];
  onChange: (photos: StoredPhoto[]) => void;
  max: number;
  purpose: UploadPurpose;
  /**
   * True while a chosen photo is not uploaded yet, still on its way or failed and waiting for
   * 重试 or removal: the form must not be sent without it.
   */
  onBusyChange?: (busy: boolean) => void;
  addLabel?: string;
  /** The upload route when not /uploads (e.g. /reports/photos). */
  uploadRoute?: string;
  /**
   * Said instead of the picture of an earlier upload the viewer may not read back (a 举报 photo
   * sent without signing in, after an app restart): it is attached, only staff see it.
   */
  unreadableLabel?: string;
}

let pendingSerial = 0;

/**
 * Choose photos (album or camera), upload each at once with its own progress bar, retry or
 * remove a failed one, remove an uploaded one. Uploaded photos live in the caller's draft.
 */
export function PhotoGrid({
  value,
  onChange,
  max,
  purpose,
  onBusyChange,
  addLabel = '添加照片',
  uploadRoute,
  unreadableLabel,
}: PhotoGridProps) {
  const [pending, setPending] = useState<Pending[]>([]);
  /** Upload id → the local file just chosen, shown instead of downloading it again. */
  const [local, setLocal] = useState<Record<string, string>>({});
  const latest = useRef(value);
  latest.current = value;
  const live = useRef(new Set<string>());
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const busy = pending.length > 0;
  useEffect(() => {
    onBusyChange?.(busy);
  }, [busy, onBusyChange]);

  const patch = (key: string, change: Partial<Pending>) =>
    setPending((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const upload = async (item: Pending) => {
    patch(item.key, { percent: 0, failed: false });
    try {
      const uploaded = await uploadImage(
        item.path,
        purpose,
        (percent) => {
          if (mounted.current) patch(item.key, { percent });
        },
        uploadRoute,
      );
      // Removed while uploading, or the page is gone: nothing to add.
      if (!mounted.current || !live.current.has(item.key)) return;
      live.current.delete(item.key);
      const next = [...latest.current, { id: uploaded.id, url: uploaded.url }];
      latest.current = next;
      onChange(next);
      setLocal((map) => ({ ...map, [uploaded.id]: item.path }));
      setPending((list) => list.filter((other) => other.key !== item.key));
    } catch {
      // uploadImage already told the user why.
      if (mounted.current) patch(item.key, { failed: true });
    }
  };

  const room = max - value.length - pending.length;

  const add = async () => {
    if (room <= 0) return;
    let paths: string[];
    try {
      const chosen = await Taro.chooseImage({
        count: room,
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      });
      paths = chosen.tempFilePaths.slice(0, room);
    } catch {
      return; // cancelled
    }
    const items = paths.map((path) => ({
      key: `photo-${++pendingSerial}`,
      path,
      percent: 0,
      failed: false,
    }));
    items.forEach((item) => live.current.add(item.key));
    setPending((list) => [...list, ...items]);
    items.forEach((item) => void upload(item));
  };

  const drop = (key: string) => {
    live.current.delete(key);
    setPending((list) => list.filter((item) => item.key !== key));
  };

  const remove = (id: string) => {
    const next = latest.current.filter((photo) => photo.id !== id);
    latest.current = next;
    onChange(next);
  };

  const preview = (path: string) =>
    void previewImage({ current: path, urls: [path] }).catch(() => undefined);

  return (
    <View className="photo-grid">
      {value.map((photo, index) => (
        <View key={photo.id} className="photo-grid__item" aria-label={`照片${index + 1}`}>
          {local[photo.id] ? (
            <Image
              className="photo-grid__image"
              src={local[photo.id]}
              mode="aspectFill"
              onClick={() => preview(local[photo.id])}
            />
          ) : unreadableLabel ? (
            <View className="photo-grid__image photo-grid__unreadable">{unreadableLabel}</View>
          ) : (
            <PrivateImage className="photo-grid__image" url={photo.url} />
          )}
          <View
            className="photo-grid__remove"
            role="button"
            aria-label={`删除照片${index + 1}`}
            onClick={() => remove(photo.id)}
          >
            ×
          </View>
        </View>
      ))}
      {pending.map((item) => (
        <View key={item.key} className="photo-grid__item">
          <Image className="photo-grid__image is-pending" src={item.path} mode="aspectFill" />
          <View className="photo-grid__status">
            {item.failed ? (
              <View className="photo-grid__retry" role="button" onClick={() => void upload(item)}>
                上传失败，点此重试
              </View>
            ) : (
              <>
                <Progress percent={item.percent} strokeWidth="6" />
                <Text className="photo-grid__percent">上传中 {item.percent}%</Text>
              </>
            )}
          </View>
          <View
            className="photo-grid__remove"
            role="button"
            aria-label="取消上传"
            onClick={() => drop(item.key)}
          >
            ×
          </View>
        </View>
      ))}
      {room > 0 && (
        <View className="photo-grid__add tap-target" role="button" onClick={() => void add()}>
          <Text className="photo-grid__plus">+</Text>
          <Text className="photo-grid__add-label">{addLabel}</Text>
        </View>
      )}
    </View>
  );
}
