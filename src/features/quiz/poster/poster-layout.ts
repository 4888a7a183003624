import { POSTER_GRID, wrapText, type PosterOp } from '@/components/poster/poster-ops';
import { encouragement, formatDuration } from '../quiz-vocabulary';

const { width: POSTER_WIDTH, height: POSTER_HEIGHT, margin: MARGIN, red: RED } = POSTER_GRID;

/**
 * The result poster, laid out on a 600 × 960 grid (drawn at a multiple of it): a pure list of
 * drawing operations, drawn by the shared poster module (src/components/poster) like the
 * pledge poster, so the quiz subpackage imports nothing from the pledges subpackage.
 */

export interface QuizPosterData {
  /** The county campaign, e.g. "2027年青山县 3·15 提振消费信心". */
  campaign: string;
  score: number;
  correctCount: number;
  total: number;
  secondsUsed: number;
  /** Who answered (nickname), if known. */
  nickname?: string;
}

const text = (
  value: string,
  y: number,
  size: number,
  color: string,
  bold = false,
  x = POSTER_WIDTH / 2,
): PosterOp => ({
  op: 'text',
  text: value,
  x,
  y,
  size,
  color,
  bold,
  align: 'center',
});

/** Every shape, line and the QR code's place, from the data alone. */
export function quizPosterLayout(data: QuizPosterData): PosterOp[] {
  const inner = POSTER_WIDTH - MARGIN * 2;
  const ops: PosterOp[] = [
    { op: 'rect', x: 0, y: 0, w: POSTER_WIDTH, h: POSTER_HEIGHT, color: '#fff5f4' },
    { op: 'rect', x: 0, y: 0, w: POSTER_WIDTH, h: 420, color: RED },
  ];
  let y = 56;
  for (const line of wrapText(data.campaign, 26, inner, 2)) {
    ops.push(text(line, y, 26, '#ffe7ba', true));
    y += 36;
  }
  ops.push(text('识假辨假 知识答题', y + 28, 40, '#ffffff', true));
  if (data.nickname) ops.push(text(`${data.nickname} 的成绩`, y + 84, 24, '#ffeceb'));
  ops.push(text(`${data.score}分`, 290, 120, '#ffffff', true));

  // The card with the numbers.
  const cardTop = 380;
  ops.push({
    op: 'rect',
    x: MARGIN,
    y: cardTop,
    w: inner,
    h: 200,
    color: '#ffffff',
  });
  const third = inner / 3;
  const stats: [string, string][] = [
    [`${data.correctCount}/${data.total}`, '答对题数'],
    [`${Math.round((data.correctCount / Math.max(1, data.total)) * 100)}%`, '正确率'],
    [formatDuration(data.secondsUsed), '用时'],
  ];
  stats.forEach(([value, label], i) => {
    const x = MARGIN + third * i + third / 2;
    ops.push(text(value, cardTop + 72, 34, RED, true, x));
    ops.push(text(label, cardTop + 124, 22, '#646a73', false, x));
  });
  for (const [i, line] of wrapText(encouragement(data.score), 28, inner, 2).entries()) {
    ops.push(text(line, cardTop + 250 + i * 40, 28, '#1d2129', true));
  }

  const qr = 180;
  const qrTop = POSTER_HEIGHT - qr - 100;
  ops.push({
    op: 'rect',
    x: POSTER_WIDTH / 2 - qr / 2 - 12,
    y: qrTop - 12,
    w: qr + 24,
    h: qr + 24,
    color: '#ffffff',
  });
  ops.push({ op: 'qrcode', x: POSTER_WIDTH / 2 - qr / 2, y: qrTop, size: qr });
  ops.push(text('扫码一起来答题，争做识假达人', qrTop + qr + 44, 24, '#4e5969'));
  return ops;
}
