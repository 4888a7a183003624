import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Canvas, Text, View } from '@tarojs/components';
import { SignatureInk, type InkContext, type InkPoint } from './signature-pad-ink';
import './signature-pad.scss';

/** What the signing step needs of a handwriting canvas. */
export interface SignaturePadHandle {
  /** The drawn signature as a PNG temp file (weapp) or data URL (H5); undefined when nothing drawn. */
  exportImage: () => Promise<string | undefined>;
  clear: () => void;
  isEmpty: () => boolean;
}

interface SignaturePadProps {
  /** A stroke begins (e.g. to clear a "please sign" error). */
  onDraw?: () => void;
}

type Exporter = () => Promise<string>;

interface SurfaceProps {
  ink: SignatureInk;
  begin: (point: InkPoint) => void;
  exporter: { current?: Exporter };
}

const CANVAS_ID = 'pledge-signature';

/**
 * H5: pointer events, so a finger, a pen and a mouse all write; the pointer is captured so a
 * stroke leaving the pad still ends. touch-action (CSS) keeps the page from scrolling or going
 * back; the touch listeners do the same where it is not supported (iOS 12), and draw there.
 */
function WebSurface({ ink, begin, exporter }: SurfaceProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const fit = () => {
      const { width, height } = canvas.getBoundingClientRect();
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      const context = canvas.getContext('2d');
      if (context) ink.attach(context, width, height, ratio);
    };
    const at = (event: { clientX: number; clientY: number }): InkPoint => {
      const box = canvas.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top };
    };
    let pointer: number | undefined;
    const down = (event: PointerEvent) => {
      if (pointer !== undefined || (event.pointerType === 'mouse' && event.button !== 0)) return;
      event.preventDefault();
      pointer = event.pointerId;
      try {
        canvas.setPointerCapture(event.pointerId);
      } catch {
        // A pointer the browser does not track (a synthetic one) cannot be captured.
      }
      begin(at(event));
    };
    const move = (event: PointerEvent) => {
      if (event.pointerId !== pointer) return;
      event.preventDefault();
      const coalesced = event.getCoalescedEvents?.() ?? [];
      for (const each of coalesced.length > 0 ? coalesced : [event]) ink.extend(at(each));
    };
    const up = (event: PointerEvent) => {
      if (event.pointerId !== pointer) return;
      pointer = undefined;
      ink.end();
    };
    const legacyTouch = typeof window.PointerEvent !== 'function';
    const touch = (event: TouchEvent) => {
      if (event.cancelable) event.preventDefault();
      const first = event.changedTouches[0];
      if (!legacyTouch || !first) return;
      if (event.type === 'touchstart') begin(at(first));
      else if (event.type === 'touchmove') ink.extend(at(first));
      else ink.end();
    };
    const listeners: [string, EventListener][] = [
      ['pointerdown', down as EventListener],
      ['pointermove', move as EventListener],
      ['pointerup', up as EventListener],
      ['pointercancel', up as EventListener],
      ['touchstart', touch as EventListener],
      ['touchmove', touch as EventListener],
      ['touchend', touch as EventListener],
      ['touchcancel', touch as EventListener],
    ];
    for (const [type, listener] of listeners)
      canvas.addEventListener(type, listener, { passive: false });
    fit();
    // A rotated phone or 大字模式 resizes the pad: the backing store follows, the ink is redrawn.
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : undefined;
    resized?.observe(canvas);
    exporter.current = async () => canvas.toDataURL('image/png');
    return () => {
      resized?.disconnect();
      for (const [type, listener] of listeners) canvas.removeEventListener(type, listener);
    };
  }, [ink, begin, exporter]);
  return <canvas ref={ref} className="signature-pad__canvas" aria-label="手写签名区" />;
}

interface CanvasNode {
  width: number;
  height: number;
  getContext: (type: '2d') => InkContext;
}

/** weapp: a canvas type="2d" found by its id once rendered; touches carry canvas x/y. */
function WeappSurface({ ink, begin, exporter }: SurfaceProps) {
  useEffect(() => {
    let stopped = false;
    let tries = 0;
    const setUp = (hit: { node: CanvasNode; width: number; height: number }) => {
      const canvas = hit.node;
      const ratio = (Taro.getWindowInfo?.() ?? Taro.getSystemInfoSync()).pixelRatio || 1;
      canvas.width = Math.round(hit.width * ratio);
      canvas.height = Math.round(hit.height * ratio);
      ink.attach(canvas.getContext('2d'), hit.width, hit.height, ratio);
      exporter.current = () =>
        new Promise<string>((resolve, reject) => {
          void Taro.canvasToTempFilePath({
            canvas: canvas as never,
            fileType: 'png',
            // The whole backing store, one pixel for one: sharp, and not scaled twice.
            destWidth: canvas.width,
            destHeight: canvas.height,
            success: (result) => resolve(result.tempFilePath),
            fail: reject,
          });
        });
    };
    // The node exists only after the render reaches the view layer: ask again until it does.
    const retry = () => {
      if (!stopped && tries++ < 20) setTimeout(find, 100);
    };
    const find = () => {
      try {
        Taro.createSelectorQuery()
          .select(`#${CANVAS_ID}`)
          .fields({ node: true, size: true })
          .exec((found: { node?: CanvasNode; width: number; height: number }[]) => {
            const hit = found?.[0];
            if (stopped) return;
            if (hit?.node) setUp({ ...hit, node: hit.node });
            else retry();
          });
      } catch {
        retry();
      }
    };
    Taro.nextTick(find);
    return () => {
      stopped = true;
    };
  }, [ink, exporter]);
  const point = (event: { touches: unknown[] }) => {
    const touch = event.touches[0] as { x: number; y: number } | undefined;
    return touch && { x: touch.x, y: touch.y };
  };
  return (
    <Canvas
      id={CANVAS_ID}
      type="2d"
      className="signature-pad__canvas"
      disableScroll
      onTouchStart={(event) => {
        const at = point(event);
        if (at) begin(at);
      }}
      onTouchMove={(event) => {
        const at = point(event);
        if (at) ink.extend(at);
      }}
      onTouchEnd={() => ink.end()}
      onTouchCancel={() => ink.end()}
    />
  );
}

/**
 * The handwriting pad: strokes kept as points and drawn at the device pixel ratio. Writing never
 * scrolls the page (catchMove in weapp, touch-action in H5).
 */
export const SignaturePad = forwardRef<SignaturePadHandle, SignaturePadProps>(function SignaturePad(
  { onDraw },
  ref,
) {
  const [ink] = useState(() => new SignatureInk());
  const [empty, setEmpty] = useState(true);
  const [exporter] = useState<{ current?: Exporter }>(() => ({}));
  const drawn = useRef(onDraw);
  drawn.current = onDraw;
  const [begin] = useState(() => (point: InkPoint) => {
    ink.begin(point);
    setEmpty(false);
    drawn.current?.();
  });

  useImperativeHandle(ref, () => ({
    exportImage: async () => (ink.isEmpty || !exporter.current ? undefined : exporter.current()),
    clear: () => {
      ink.clear();
      setEmpty(true);
    },
    isEmpty: () => ink.isEmpty,
  }));

  const Surface = process.env.TARO_ENV === 'weapp' ? WeappSurface : WebSurface;
  return (
    <View className="signature-pad" catchMove>
      {empty && <Text className="signature-pad__placeholder">请在此处手写签名</Text>}
      <Surface ink={ink} begin={begin} exporter={exporter} />
    </View>
  );
});
