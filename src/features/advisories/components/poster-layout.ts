import { POSTER_GRID, wrapText, type PosterOp } from '@/components/poster/poster-ops';
import { parseAdvisoryMarkup, type MarkupLine } from '@/domain/advisory-markup';
import type { AdvisoryKindName } from '@/domain/advisory-vocabulary';

const { width: POSTER_WIDTH, height: POSTER_HEIGHT, margin: MARGIN, red: RED } = POSTER_GRID;
/** 提示 is advice: a calm blue band; 警示 keeps the campaign red. */
const BLUE = '#1f5fae';

/**
 * The advisory poster on the shared 600 × 960 grid: a band with the county and the kind, the
 * title, the opening lines, who issued it and when, and the QR code back to the page.
 */
export interface AdvisoryPosterData {
  /** The county, e.g. 青山县 (empty while the profile loads). */
  county: string;
  kind: AdvisoryKindName;
  title: string;
  /** The body as plain text, lines separated by "\n" (see posterBodyText). */
  text: string;
  issuer: string;
  /** 2027年3月5日 */
  date: string;
}

const BODY_LINES = 7;

const joined = (line: MarkupLine) => line.map((span) => span.text).join('');

/** The body as poster text: a line per paragraph line, list items with their "·" or "1.". */
export function posterBodyText(body: string): string {
  return parseAdvisoryMarkup(body)
    .flatMap((block) =>
      block.type === 'paragraph'
        ? block.lines.map(joined)
        : block.items.map(
            (item, i) => `${block.type === 'numbers' ? `${i + 1}.` : '·'} ${joined(item)}`,
          ),
    )
    .join('\n');
}
const LINE_HEIGHT = 42;

const centred = (text: string, y: number, size: number, color: string, bold = false): PosterOp => ({
  op: 'text',
  text,
  x: POSTER_WIDTH / 2,
  y,
  size,
  color,
  bold,
  align: 'center',
});

/** The opening of the body, wrapped, at most `max` lines (the last ending in … when cut). */
export function openingLines(text: string, size: number, width: number, max: number): string[] {
  const lines: string[] = [];
  const paragraphs = text.split('\n').filter((line) => line.trim());
  for (const [index, paragraph] of paragraphs.entries()) {
    const room = max - lines.length;
    if (room <= 0) break;
    const wrapped = wrapText(paragraph.trim(), size, width, room);
    lines.push(...wrapped);
    const cut =
      lines.length === max && (index < paragraphs.length - 1 || wrapped.at(-1)?.endsWith('…'));
    if (cut && !lines[max - 1].endsWith('…')) {
      lines[max - 1] = `${Array.from(lines[max - 1])
        .slice(0, -1)
        .join('')}…`;
    }
  }
  return lines;
}

/** Every shape, line and the QR code's place, from the data alone. */
export function advisoryPosterLayout(data: AdvisoryPosterData): PosterOp[] {
  const inner = POSTER_WIDTH - MARGIN * 2;
  const band = data.kind === '警示' ? RED : BLUE;
  const ops: PosterOp[] = [
    { op: 'rect', x: 0, y: 0, w: POSTER_WIDTH, h: POSTER_HEIGHT, color: '#ffffff' },
    { op: 'rect', x: 0, y: 0, w: POSTER_WIDTH, h: 150, color: band },
    centred(`${data.county}消费${data.kind}`, 62, 44, '#ffffff', true),
    centred(`${data.issuer}发布`, 116, 24, '#ffffff'),
  ];
  let y = 210;
  for (const line of wrapText(data.title, 36, inner, 3)) {
    ops.push(centred(line, y, 36, '#1d2129', true));
    y += 50;
  }
  y += 4;
  ops.push({ op: 'rect', x: MARGIN, y, w: inner, h: 2, color: '#e5e6eb' });
  y += 40;
  // The QR code sits at the bottom; the opening gets the lines that fit above it.
  const qr = 200;
  const qrTop = POSTER_HEIGHT - qr - 90;
  const room = Math.min(BODY_LINES, Math.floor((qrTop - 40 - y) / LINE_HEIGHT) + 1);
  for (const line of openingLines(data.text, 26, inner, room)) {
    ops.push({ op: 'text', text: line, x: MARGIN, y, size: 26, color: '#4e5969', align: 'left' });
    y += LINE_HEIGHT;
  }
  ops.push({ op: 'qrcode', x: POSTER_WIDTH / 2 - qr / 2, y: qrTop, size: qr });
  ops.push(centred('微信扫码阅读全文', qrTop + qr + 30, 22, '#646a73'));
  ops.push(centred(`${data.issuer} · ${data.date}`, qrTop + qr + 64, 22, '#646a73'));
  return ops;
}
