import type { PosterOp } from '@/components/poster/poster-ops';

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Every text of a poster against what is drawn under it (the last rectangle before it covering
 * its anchor, else the white canvas), with its contrast ratio: the words below 4.5:1.
 */
export function faintPosterText(ops: PosterOp[]): { text: string; ratio: number }[] {
  return ops.flatMap((op, index) => {
    if (op.op !== 'text') return [];
    const under = ops
      .slice(0, index)
      .reverse()
      .find(
        (o) =>
          o.op === 'rect' && op.x >= o.x && op.x <= o.x + o.w && op.y >= o.y && op.y <= o.y + o.h,
      );
    const background = under?.op === 'rect' ? under.color : '#ffffff';
    const ratio = contrast(op.color, background);
    return ratio < 4.5 ? [{ text: op.text, ratio: Math.round(ratio * 100) / 100 }] : [];
  });
}
