import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { SubmissionResult } from '@api/quiz';
import type { Region } from '@api/region';
import { apiBase, API_PREFIX } from '@/services/api-base';
import { quizApi } from '../../api';
import { campaignLine } from '../../quiz-vocabulary';
import { drawOps, type PosterContext } from '../../poster/draw-poster';
import {
  POSTER_HEIGHT,
  POSTER_WIDTH,
  quizPosterLayout,
  type QuizPosterData,
} from '../../poster/poster-layout';

/** The poster's data from a result and the county profile. */
export function posterData(
  result: SubmissionResult,
  region: Region | undefined,
  nickname?: string,
): QuizPosterData {
  return {
    campaign: campaignLine(region),
    score: result.score,
    correctCount: result.correctCount,
    total: result.total,
    secondsUsed: result.secondsUsed,
    nickname,
  };
}

export const CANVAS_ID = 'quiz-poster';
/** Drawn at twice the layout grid: 1200 × 1920 pixels. */
const SCALE = 2;
const isWeapp = () => process.env.TARO_ENV === 'weapp';

interface PosterCanvas {
  width: number;
  height: number;
  getContext(type: '2d'): (PosterContext & { scale(x: number, y: number): void }) | null;
  createImage?: () => { src: string; onload: () => void; onerror: () => void };
  toDataURL?: (type: string) => string;
}

function findCanvas(): Promise<PosterCanvas | undefined> {
  if (!isWeapp()) {
    return Promise.resolve(
      (document.getElementById(CANVAS_ID) as unknown as PosterCanvas | null) ?? undefined,
    );
  }
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((res: { node?: PosterCanvas }[]) => resolve(res?.[0]?.node));
  });
}

/** The absolute URL of the quiz QR code (GET /quiz/qrcode, public). */
export const qrcodeUrl = () => `${apiBase()}${API_PREFIX}${quizApi.qrcodePath()}`;

/** The QR code as an image the canvas can draw: weapp downloads it to a temp file first. */
async function loadQrcode(canvas: PosterCanvas): Promise<unknown> {
  let src = qrcodeUrl();
  if (isWeapp()) {
    const file = await Taro.downloadFile({ url: src });
    if (file.statusCode !== 200) throw new Error(`qrcode ${file.statusCode}`);
    src = file.tempFilePath;
  }
  const image = canvas.createImage ? canvas.createImage() : new Image();
  if (!canvas.createImage) (image as HTMLImageElement).crossOrigin = 'anonymous';
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('qrcode image'));
    image.src = src;
  });
}

/** Draws the poster once the data is in; 保存到相册 (weapp) or a PNG download (H5). */
export function usePoster(data: QuizPosterData | undefined) {
  const [state, setState] = useState<'idle' | 'drawing' | 'ready' | 'failed'>('idle');
  const [qrMissing, setQrMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  const canvasRef = useRef<PosterCanvas>();
  const key = data ? JSON.stringify(data) : '';

  useEffect(() => {
    if (!data) return;
    let alive = true;
    setState('drawing');
    const run = async () => {
      const canvas = await findCanvas();
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) throw new Error('no canvas');
      canvas.width = POSTER_WIDTH * SCALE;
      canvas.height = POSTER_HEIGHT * SCALE;
      ctx.scale(SCALE, SCALE);
      let qrcode: unknown;
      try {
        qrcode = await loadQrcode(canvas);
      } catch {
        if (alive) setQrMissing(true);
      }
      if (!alive) return;
      drawOps(ctx, quizPosterLayout(data), qrcode);
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
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const save = async () => {
    const canvas = canvasRef.current;
    if (!canvas || saving) return;
    setSaving(true);
    try {
      if (!isWeapp()) {
        const link = document.createElement('a');
        link.href = canvas.toDataURL?.('image/png') ?? '';
        link.download = `识假辨假答题成绩-${data?.score ?? ''}分.png`;
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

  return { state, qrMissing, save, saving };
}
