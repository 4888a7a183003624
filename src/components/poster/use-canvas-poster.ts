import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { imageFailure, loadPrivateImage } from '../private-image';
import { drawOps, type PosterContext, type PosterOp } from './poster-ops';

/** Drawn at twice the layout grid (600 × 960 → 1200 × 1920 pixels, sharp enough to print at A5). */
const SCALE = 2;
const isWeapp = () => process.env.TARO_ENV === 'weapp';

interface PosterCanvas {
  width: number;
  height: number;
  getContext(type: '2d'): (PosterContext & { scale(x: number, y: number): void }) | null;
  createImage?: () => { src: string; onload: () => void; onerror: () => void };
  toDataURL?: (type: string) => string;
}

function findCanvas(canvasId: string): Promise<PosterCanvas | undefined> {
  if (!isWeapp()) {
    return Promise.resolve(
      (document.getElementById(canvasId) as unknown as PosterCanvas | null) ?? undefined,
    );
  }
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${canvasId}`)
      .fields({ node: true, size: true })
      .exec((res: { node?: PosterCanvas }[]) => resolve(res?.[0]?.node));
  });
}

/** Raised when the QR code downloaded but is not an image the canvas can draw. */
class UnreadableQrcode extends Error {}

/**
 * The QR code as an image the canvas can draw. It is downloaded like every private image, with
 * the token (a pending pledge's code is only for its merchant and staff), to a temp file (weapp)
 * or a blob URL (H5, same origin: the canvas stays exportable).
 */
async function loadQrcode(canvas: PosterCanvas, url: string): Promise<unknown> {
  const src = await loadPrivateImage(url);
  const image = canvas.createImage ? canvas.createImage() : new Image();
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new UnreadableQrcode());
    image.src = src;
  });
}

/** Why the poster has no QR code, in words the user can act on. */
export const qrcodeFailure = (caught: unknown) =>
  caught instanceof UnreadableQrcode ? '二维码图片无法识别' : imageFailure(caught, '二维码');

export interface CanvasPosterOptions {
  /** The id of the page's <canvas> (H5) or <Canvas type="2d"> (weapp). */
  canvasId: string;
  /** The layout grid the ops are laid out on; the canvas is SCALE times as many pixels. */
  width: number;
  height: number;
  /** The poster's drawing operations, undefined while the data is loading. */
  ops: PosterOp[] | undefined;
  /** The absolute URL of the QR code image. */
  qrcodeUrl: string;
  /** The PNG's name when downloaded (H5). */
  fileName: string;
}

export type PosterState = 'idle' | 'drawing' | 'ready' | 'failed';

/** Draws the poster once the ops are in; 保存到相册 (weapp) or a PNG download (H5). */
export function useCanvasPoster({
  canvasId,
  width,
  height,
  ops,
  qrcodeUrl,
  fileName,
}: CanvasPosterOptions) {
  const [state, setState] = useState<PosterState>('idle');
  /** Why the QR code is missing from the drawn poster, if it is. */
  const [qrFailure, setQrFailure] = useState<string>();
  /** Bumped by 重新加载二维码: draws the poster again. */
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const canvasRef = useRef<PosterCanvas>();
  const key = ops ? JSON.stringify(ops) : '';

  useEffect(() => {
    if (!ops) return;
    let alive = true;
    setState('drawing');
    setQrFailure(undefined);
    const run = async () => {
      const canvas = await findCanvas(canvasId);
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) throw new Error('no canvas');
      canvas.width = width * SCALE;
      canvas.height = height * SCALE;
      ctx.scale(SCALE, SCALE);
      let qrcode: unknown;
      try {
        qrcode = await loadQrcode(canvas, qrcodeUrl);
      } catch (caught) {
        if (alive) setQrFailure(qrcodeFailure(caught));
      }
      if (!alive) return;
      drawOps(ctx, ops, qrcode);
      canvasRef.current = canvas;
      setState('ready');
    };
    // The canvas node exists after this render is committed.
    const timer = setTimeout(() => {
      run().catch(() => alive && setState('failed'));
    }, 50);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
    // `key` stands for `ops` (a new array on every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, canvasId, width, height, qrcodeUrl, attempt]);

  const save = async () => {
    const canvas = canvasRef.current;
    if (!canvas || saving) return;
    setSaving(true);
    try {
      if (!isWeapp()) {
        const link = document.createElement('a');
        link.href = canvas.toDataURL?.('image/png') ?? '';
        link.download = fileName;
        link.click();
        return;
      }
      const { tempFilePath } = await Taro.canvasToTempFilePath({
        canvas: canvas as never,
        fileType: 'png',
      } as Taro.canvasToTempFilePath.Option);
      await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath });
      void Taro.showToast({ title: '已保存到相册', icon: 'success' });
    } catch (caught) {
      const message = (caught as { errMsg?: string } | undefined)?.errMsg ?? '';
      if (/auth|deny|denied/i.test(message)) {
        const answer = await Taro.showModal({
          title: '需要相册权限',
          content: '保存海报需要允许“保存到相册”。请在设置中打开“添加到相册”后再试。',
          confirmText: '去设置',
        });
        if (answer.confirm) await Taro.openSetting().catch(() => undefined);
      } else if (!/cancel/i.test(message)) {
        void Taro.showToast({ title: '保存失败，可长按海报截图保存', icon: 'none' });
      }
    } finally {
      setSaving(false);
    }
  };

  const retry = () => setAttempt((n) => n + 1);
  return { state, qrFailure, retry, save, saving };
}

export type CanvasPoster = ReturnType<typeof useCanvasPoster>;
