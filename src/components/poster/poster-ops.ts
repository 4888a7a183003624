/**
 * Posters (the pledge certificate, the quiz result) are pure lists of drawing operations on a
 * layout grid, drawn by `drawOps` onto a 2D canvas. Pure: no Taro, so layouts test in Node.
 */
export type PosterOp =
  | { op: 'rect'; x: number; y: number; w: number; h: number; color: string }
  | {
      op: 'text';
      text: string;
      x: number;
      y: number;
      size: number;
      color: string;
      bold?: boolean;
      align: 'left' | 'center';
    }
  | { op: 'qrcode'; x: number; y: number; size: number };

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

/** Approximate advance of a character in ems: CJK and full-width 1, the rest about half. */
const charWidth = (char: string) => (char.charCodeAt(0) <= 0xff ? 0.55 : 1);

/** Breaks text into lines no wider than `width` at font `size` (at most `maxLines`, with …). */
export function wrapText(text: string, size: number, width: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const char of Array.from(text)) {
    const advance = charWidth(char) * size;
    if (used + advance > width && line) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += char;
    used += advance;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${Array.from(kept[maxLines - 1])
    .slice(0, -1)
    .join('')}…`;
  return kept;
}

/** All the text on a poster, in order (for tests and accessibility labels). */
export const posterText = (ops: PosterOp[]) =>
  ops.flatMap((item) => (item.op === 'text' ? [item.text] : []));

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

/** Every poster's layout grid (drawn at a multiple of it), its margin and the campaign red. */
export const POSTER_GRID = { width: 600, height: 960, margin: 48, red: '#c8161d' } as const;
export const POSTER_WIDTH = POSTER_GRID.width;
export const POSTER_HEIGHT = POSTER_GRID.height;
