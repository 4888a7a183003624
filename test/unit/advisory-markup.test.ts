import { advisoryPlainText, parseAdvisoryMarkup, parseInline } from '@/domain/advisory-markup';
import { legalReferenceProblem } from '@/domain/advisory-vocabulary';

describe('advisory markup', () => {
  it.each([
    ['plain', [{ text: 'plain', bold: false }]],
    [
      'a **b** c',
      [
        { text: 'a ', bold: false },
        { text: 'b', bold: true },
        { text: ' c', bold: false },
      ],
    ],
    ['**all**', [{ text: 'all', bold: true }]],
    ['lone ** star', [{ text: 'lone ** star', bold: false }]],
    [
      'a **b** c **d',
      [
        { text: 'a ', bold: false },
        { text: 'b', bold: true },
        { text: ' c **d', bold: false },
      ],
    ],
  ])('inline %j', (line, spans) => {
    expect(parseInline(line)).toEqual(spans);
  });

  it('paragraphs, bulleted and numbered lists', () => {
    const body = '第一段\n续行\n\n- 甲\n• 乙\n1. 一\n2、二\n\n末段';
    expect(parseAdvisoryMarkup(body)).toEqual([
      {
        type: 'paragraph',
        lines: [[{ text: '第一段', bold: false }], [{ text: '续行', bold: false }]],
      },
      { type: 'bullets', items: [[{ text: '甲', bold: false }], [{ text: '乙', bold: false }]] },
      { type: 'numbers', items: [[{ text: '一', bold: false }], [{ text: '二', bold: false }]] },
      { type: 'paragraph', lines: [[{ text: '末段', bold: false }]] },
    ]);
  });

  it('keeps HTML and script as text', () => {
    const body = '<script>alert(1)</script>\n<b onclick="x">粗</b>';
    expect(advisoryPlainText(body)).toBe('<script>alert(1)</script>\n<b onclick="x">粗</b>');
  });

  it('never fails: blank input gives no blocks', () => {
    expect(parseAdvisoryMarkup('\n\n  \r\n')).toEqual([]);
  });
});

describe('legal references', () => {
  it.each([
    ['消费者权益保护法', '第五十六条', true],
    ['《消费者权益保护法实施条例》', '第十二条', true],
    ['市场监督管理投诉举报处理暂行办法', '第十五条第一款第（四）项', true],
    ['消费者权益保护法', '56', false],
    ['消法', '第五十六条', false],
    ['<script>', '第一条', false],
    ['食品安全法', '第一百四十八条', true],
  ])('%s %s → %s', (law, article, ok) => {
    expect(legalReferenceProblem({ law, article }) === undefined).toBe(ok);
  });
});
