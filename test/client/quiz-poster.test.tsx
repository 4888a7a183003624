import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { result } from './support/quiz-fixtures';
import { POSTER_HEIGHT, POSTER_WIDTH, posterText } from '@/components/poster/poster-ops';
import { quizPosterLayout } from '@/features/quiz/poster/poster-layout';
import { posterData, qrcodeUrl } from '@/features/quiz/pages/poster/use-poster';
import { encouragement } from '@/features/quiz/quiz-vocabulary';
import { faintPosterText } from './support/poster-contrast';

const region = seededRegion as Region;

describe('成绩海报 layout', () => {
  test('the score, correct count, time, campaign and encouragement are on the poster', () => {
    const data = posterData(
      result(undefined, { score: 80, correctCount: 8, total: 10 }),
      region,
      '小明',
    );
    expect(data.campaign).toBe('2027年青山县 3·15 提振消费信心');
    const ops = quizPosterLayout(data);
    expect(faintPosterText(ops)).toEqual([]);
    const text = posterText(ops);
    expect(text).toEqual(
      expect.arrayContaining([
        '2027年青山县 3·15 提振消费信心',
        '识假辨假 知识答题',
        '小明 的成绩',
        '80分',
        '8/10',
        '80%',
        '1分23秒',
        '成绩优秀，消费维权知识掌握扎实',
        '扫码一起来答题，争做识假达人',
      ]),
    );
    const qr = ops.find((op) => op.op === 'qrcode');
    expect(qr).toBeTruthy();
    // Everything stays on the poster.
    for (const op of ops) {
      if (op.op === 'text') {
        expect(op.y).toBeGreaterThan(0);
        expect(op.y).toBeLessThan(POSTER_HEIGHT);
      } else {
        const w = op.op === 'rect' ? op.w : op.size;
        expect(op.x + w).toBeLessThanOrEqual(POSTER_WIDTH);
      }
    }
  });

  test('encouragement by score band; no region: a generic campaign line', () => {
    expect(encouragement(100)).toContain('满分');
    expect(encouragement(60)).toContain('合格');
    expect(encouragement(30)).toContain('错题解析');
    const data = posterData(result(undefined, { score: 30 }), undefined);
    expect(posterText(quizPosterLayout(data))).toContain('3·15 放心消费在行动');
    expect(posterText(quizPosterLayout(data))).not.toContain(' 的成绩');
  });

  test('long campaign lines wrap to two lines with an ellipsis; the QR code of the quiz', () => {
    const data = posterData(result(undefined, { score: 80 }), {
      ...region,
      theme: { ...region.theme, title: '很长'.repeat(40) },
    });
    const campaign = posterText(quizPosterLayout(data)).filter((line) => line.includes('很长'));
    expect(campaign).toHaveLength(2);
    expect(campaign[1].endsWith('…')).toBe(true);
    expect(qrcodeUrl()).toBe('/api/v1/quiz/qrcode');
  });
});
