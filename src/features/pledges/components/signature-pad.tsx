import { forwardRef, useImperativeHandle, useRef } from 'react';
import { Signature } from '@nutui/nutui-react-taro';
import './signature-pad.scss';

/** What the signing step needs of a handwriting canvas. */
export interface SignaturePadHandle {
  /** The drawn signature as a temp file (weapp) or data URL (H5); undefined when nothing drawn. */
  exportImage: () => Promise<string | undefined>;
  clear: () => void;
}

interface SignatureRef {
  confirm: () => void;
  clear: () => void;
}

/**
 * A thin adapter over NutUI's Signature (a canvas): it turns the component's confirm callback
 * into a promise, so the page (and tests, which stub this module) never touch the canvas.
 */
export const SignaturePad = forwardRef<SignaturePadHandle, { onClear?: () => void }>(
  function SignaturePad({ onClear }, ref) {
    const inner = useRef<SignatureRef>(null);
    const pending = useRef<(path: string | undefined) => void>();

    useImperativeHandle(ref, () => ({
      exportImage: () =>
        new Promise<string | undefined>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('signature export timed out')), 8000);
          pending.current = (path) => {
            clearTimeout(timer);
            resolve(path);
          };
          inner.current?.confirm();
        }),
      clear: () => inner.current?.clear(),
    }));

    return (
      <Signature
        ref={inner}
        className="signature-pad"
        canvasId="pledge-signature"
        type="png"
        lineWidth={3}
        strokeStyle="#1a1a1a"
        onConfirm={(path: string, signed?: boolean) => {
          pending.current?.(signed && path ? path : undefined);
          pending.current = undefined;
        }}
        onClear={onClear}
      />
    );
  },
);
