import { POSTER_GRID, wrapText, type PosterOp } from '@/components/poster/poster-ops';

const { width: WIDTH, height: HEIGHT, margin: MARGIN, red: RED } = POSTER_GRID;

export interface ArticlePosterData {
  /** 青山县 (empty while the profile loads). */
  county: string;
  /** 《消费者权益保护法》 */
  lawTitle: string;
  /** 第二十五条 */
  label: string;
  /** The article's words, paragraphs split by '\n'. */
  text: string;
  /** 来源：国家法律法规数据库（2013年10月25日版） */
  source: string;
}

const QR = 150;
const QR_TOP = HEIGHT - QR - 40;
/** Sizes tried for the words, largest first: the article is shown whole when it fits at all. */
const SIZES = [28, 26, 24, 22, 20, 18];

const centred = (text: string, y: number, size: number, color: string, bold = false): PosterOp => ({
  op: 'text',
  text,
  x: WIDTH / 2,
  y,
  size,
  color,
  bold,
  align: 'center',
});
const left = (text: string, x: number, y: number, size: number, color: string): PosterOp => ({
  op: 'text',
  text,
  x,
  y,
  size,
  color,
  align: 'left',
});

/** A line never starts with closing punctuation: it stays at the end of the line before. */
const CLOSING = /^[。，、；：！？）》」』”]/;
function keepPunctuation(lines: string[]): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    const mark = CLOSING.exec(line)?.[0];
    if (mark && kept.length) {
      kept[kept.length - 1] += mark;
      if (line.length > mark.length) kept.push(line.slice(mark.length));
    } else kept.push(line);
  }
  return kept;
}

/** The article wrapped at the largest size that fits; cut (with a note) only when none does. */
export function articleLines(text: string, room: number) {
  const inner = WIDTH - MARGIN * 2;
  const wrapAll = (size: number) =>
    text
      .split('\n')
      .filter((line) => line.trim())
      .flatMap((line) => keepPunctuation(wrapText(line.trim(), size, inner, 1000)));
  for (const size of SIZES) {
    const lines = wrapAll(size);
    const height = Math.round(size * 1.6);
    if (lines.length * height <= room) return { size, height, lines, cut: false };
  }
  const size = SIZES[SIZES.length - 1];
  const height = Math.round(size * 1.6);
  const fit = Math.floor(room / height) - 1;
  return { size, height, lines: [...wrapAll(size).slice(0, fit), '……（扫码阅读全文）'], cut: true };
}

/**
 * The article poster on the shared 600 × 960 grid: a band with the county, 《law》第X条, the
 * words (whole, at the largest size that fits), and at the foot the app's code beside the source.
 */
export function articlePosterLayout(data: ArticlePosterData): PosterOp[] {
  const ops: PosterOp[] = [
    { op: 'rect', x: 0, y: 0, w: WIDTH, h: HEIGHT, color: '#ffffff' },
    { op: 'rect', x: 0, y: 0, w: WIDTH, h: 100, color: RED },
    centred(`${data.county}普法 · 学法用法`, 50, 36, '#ffffff', true),
  ];
  let y = 150;
  for (const line of wrapText(`${data.lawTitle}${data.label}`, 32, WIDTH - MARGIN * 2, 2)) {
    ops.push(centred(line, y, 32, '#1d2129', true));
    y += 44;
  }
  const top = y + 16;
  const { size, height, lines } = articleLines(data.text, QR_TOP - 30 - top);
  y = top;
  for (const line of lines) {
    ops.push(left(line, MARGIN, y + size / 2, size, '#1d2129'));
    y += height;
  }
  ops.push({
    op: 'rect',
    x: MARGIN,
    y: QR_TOP - 20,
    w: WIDTH - MARGIN * 2,
    h: 2,
    color: '#e5e6eb',
  });
  ops.push({ op: 'qrcode', x: MARGIN, y: QR_TOP, size: QR });
  const textX = MARGIN + QR + 24;
  const textWidth = WIDTH - MARGIN - textX;
  ops.push(left('微信扫码阅读本条', textX, QR_TOP + 30, 24, '#4e5969'));
  ops.push(left('条文全文 · 出处 · 相关问答', textX, QR_TOP + 64, 20, '#646a73'));
  for (const [index, line] of wrapText(data.source, 18, textWidth, 2).entries()) {
    ops.push(left(line, textX, QR_TOP + 100 + index * 26, 18, '#646a73'));
  }
  return ops;
}
