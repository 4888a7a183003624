import { drawOps, posterText, wrapText, type PosterOp } from '@/components/poster/poster-ops';

/** The drawing shared by the pledge poster and the quiz result poster. */
describe('poster ops', () => {
  test('wrapText: CJK lines break at the width; more than maxLines ends with …', () => {
    expect(wrapText('一二三四五六七八九十', 100, 500, 2)).toEqual(['一二三四五', '六七八九十']);
    expect(wrapText('一二三四五六七八九十一二', 100, 500, 2)).toEqual(['一二三四五', '六七八九…']);
    const lines = wrapText('很长'.repeat(40), 26, 504, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
  });

  const ops: PosterOp[] = [
    { op: 'rect', x: 0, y: 0, w: 600, h: 960, color: '#ffffff' },
    {
      op: 'text',
      text: '80分',
      x: 300,
      y: 290,
      size: 120,
      color: '#fff',
      bold: true,
      align: 'center',
    },
    { op: 'qrcode', x: 210, y: 680, size: 180 },
  ];

  test('posterText: the text ops in order', () => {
    expect(posterText(ops)).toEqual(['80分']);
  });

  test('drawing: text, rectangles, and a placeholder when the QR code failed', () => {
    const calls: string[] = [];
    const ctx = {
      fillStyle: '' as unknown,
      font: '',
      textAlign: '',
      textBaseline: '',
      fillRect: (x: number, y: number, w: number, h: number) =>
        calls.push(`rect:${x},${y},${w},${h}`),
      fillText: (value: string) => calls.push(`text:${value}`),
      drawImage: (_image: never, x: number, y: number, w: number, h: number) =>
        calls.push(`image:${x},${y},${w},${h}`),
    };
    drawOps(ctx, ops);
    expect(calls).toEqual(['rect:0,0,600,960', 'text:80分', 'rect:210,680,180,180']);
    expect(ctx.font).toBe('bold 120px sans-serif');
    expect(ctx.textAlign).toBe('center');
    expect(ctx.textBaseline).toBe('middle');
    expect(ctx.fillStyle).toBe('#f2f3f5'); // the placeholder frame was drawn last
    calls.length = 0;
    drawOps(ctx, ops, {});
    expect(calls).toEqual(['rect:0,0,600,960', 'text:80分', 'image:210,680,180,180']);
  });
});
