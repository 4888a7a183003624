import { render, screen } from '@testing-library/react';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { publicTip, tipId } from './support/tips-fixtures';
import { POSTER_HEIGHT, POSTER_WIDTH, posterText } from '@/components/poster/poster-ops';
import { tipPosterLayout } from '@/features/tips/poster-layout';
import TipPosterPage from '@/features/tips/pages/poster/index';

const data = {
  county: '青山县',
  title: '买预付卡前先看清条款',
  body: '办卡前问清有效期和退卡规则，\n保留好合同和收据。',
  category: '预付式消费',
  authorName: '王**',
};

describe('小贴士海报 layout', () => {
  test('the county, title, first lines, category, masked author and a QR code, all on the poster', () => {
    const ops = tipPosterLayout(data);
    const text = posterText(ops);
    expect(text).toEqual(
      expect.arrayContaining([
        '青山县 放心消费',
        '消费小贴士',
        '预付式消费 · 王** 投稿',
        '买预付卡前先看清条款',
        '办卡前问清有效期和退卡规则， 保留',
        '好合同和收据。',
        '扫码阅读全文，分享给身边的人',
      ]),
    );
    expect(ops.filter((op) => op.op === 'qrcode')).toHaveLength(1);
    for (const op of ops) {
      if (op.op === 'text') expect(op.y).toBeLessThan(POSTER_HEIGHT);
      else expect(op.x + (op.op === 'rect' ? op.w : op.size)).toBeLessThanOrEqual(POSTER_WIDTH);
    }
  });

  test('a long body stops at six lines with an ellipsis, above the QR code', () => {
    const ops = tipPosterLayout({ ...data, body: '很长的正文'.repeat(100) });
    const lines = posterText(ops).filter((line) => line.includes('很长'));
    expect(lines).toHaveLength(6);
    expect(lines[5].endsWith('…')).toBe(true);
    const qr = ops.find((op) => op.op === 'qrcode')!;
    const lastLine = ops.filter((op) => op.op === 'text' && op.text.includes('很长')).at(-1)!;
    expect(lastLine.y).toBeLessThan(qr.y);
    // The white card ends above the QR code's frame.
    const cardOp = ops.find((op) => op.op === 'rect' && op.color === '#ffffff')!;
    expect(cardOp.op === 'rect' && cardOp.y + cardOp.h).toBeLessThan(qr.y - 12);
  });
});

describe('小贴士海报 page', () => {
  beforeEach(() => {
    taroTest.reset();
    taroTest.setRouterParams({ id: tipId(1) });
  });

  test('loads the tip and shares the tip itself, with src=st.<id>', async () => {
    fakeApi({ [`GET /tips/${tipId(1)}`]: ok(publicTip(1)) });
    render(<TipPosterPage />);
    expect(await screen.findByText('下载海报图片')).toBeTruthy();
    const [card] = taroTest.shareAppMessage() as { path: string }[];
    expect(card.path).toBe(`/features/tips/pages/detail/index?id=${tipId(1)}&src=st.${tipId(1)}`);
  });
});
