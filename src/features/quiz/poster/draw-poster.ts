import type { PosterOp } from './poster-layout';

/** The subset of a 2D context the poster uses (the browser's and weapp's type="2d" both fit). */
export interface PosterContext {
  fillStyle: unknown;
  font: string;
  textAlign: string;
  textBaseline: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  drawImage(image: never, x: number, y: number, w: number, h: number): void;
}

/** Draws layout operations; the QR code image is optional (a placeholder frame when it failed). */
export function drawOps(ctx: PosterContext, ops: PosterOp[], qrcode?: unknown): void {
  for (const item of ops) {
    if (item.op === 'rect') {
      ctx.fillStyle = item.color;
      ctx.fillRect(item.x, item.y, item.w, item.h);
    } else if (item.op === 'text') {
      ctx.fillStyle = item.color;
      ctx.font = `${item.bold ? 'bold ' : ''}${item.size}px sans-serif`;
      ctx.textAlign = item.align;
      ctx.textBaseline = 'middle';
      ctx.fillText(item.text, item.x, item.y);
    } else if (qrcode) {
      ctx.drawImage(qrcode as never, item.x, item.y, item.size, item.size);
    } else {
      ctx.fillStyle = '#f2f3f5';
      ctx.fillRect(item.x, item.y, item.size, item.size);
    }
  }
}
