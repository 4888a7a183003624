import { POSTER_GRID, wrapText, type PosterOp } from '@/components/poster/poster-ops';

const { width: WIDTH, height: HEIGHT, margin: MARGIN, red: RED } = POSTER_GRID;

/** What the tip poster shows. */
export interface TipPosterData {
  /** The county, e.g. 青山县. */
  county: string;
  title: string;
  body: string;
  category: string;
  authorName: string;
}

const text = (
  value: string,
  y: number,
  size: number,
  color: string,
  options: { bold?: boolean; align?: 'left' | 'center'; x?: number } = {},
): PosterOp => ({
  op: 'text',
  text: value,
  x: options.x ?? (options.align === 'left' ? MARGIN + 24 : WIDTH / 2),
  y,
  size,
  color,
  bold: options.bold ?? false,
  align: options.align ?? 'center',
});

/**
 * The tip poster on the 600 × 960 grid: a red band with 消费小贴士, the title and the first lines
 * on a white card, and the QR code back to the tip (drawn by src/components/poster).
 */
export function tipPosterLayout(data: TipPosterData): PosterOp[] {
  const inner = WIDTH - MARGIN * 2;
  const ops: PosterOp[] = [
    { op: 'rect', x: 0, y: 0, w: WIDTH, h: HEIGHT, color: '#fff5f4' },
    { op: 'rect', x: 0, y: 0, w: WIDTH, h: 290, color: RED },
    text(`${data.county} 放心消费`, 60, 24, '#ffe7ba', { bold: true }),
    text('消费小贴士', 128, 52, '#ffffff', { bold: true }),
    text(`${data.category} · ${data.authorName} 投稿`, 188, 24, '#ffd8d6'),
  ];
  const cardTop = 230;
  // The white card is drawn first and sized to its text once the lines are known.
  const card = { op: 'rect', x: MARGIN, y: cardTop, w: inner, h: 0, color: '#ffffff' } as const;
  const cardAt = ops.push({ ...card }) - 1;
  let y = cardTop + 60;
  for (const line of wrapText(data.title, 34, inner - 48, 2)) {
    ops.push(text(line, y, 34, '#1d2129', { bold: true, align: 'left' }));
    y += 48;
  }
  y += 16;
  const paragraph = data.body.replace(/\s+/g, ' ').trim();
  for (const line of wrapText(paragraph, 26, inner - 48, 6)) {
    ops.push(text(line, y, 26, '#4e5969', { align: 'left' }));
    y += 40;
  }
  ops[cardAt] = { ...card, h: Math.max(y - cardTop, 240) };

  const qr = 170;
  const qrTop = HEIGHT - qr - 90;
  ops.push({
    op: 'rect',
    x: WIDTH / 2 - qr / 2 - 12,
    y: qrTop - 12,
    w: qr + 24,
    h: qr + 24,
    color: '#ffffff',
  });
  ops.push({ op: 'qrcode', x: WIDTH / 2 - qr / 2, y: qrTop, size: qr });
  ops.push(text('扫码阅读全文，分享给身边的人', qrTop + qr + 44, 24, '#4e5969'));
  return ops;
}
