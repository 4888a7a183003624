import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  articlesOf,
  LawFormatError,
  parseLawText,
} from '../../server/src/features/law/law-text-parser';

/** The law file format (the texts that ship and imports): structure, our notes, errors. */

const TEXTS = join(__dirname, '../../server/src/features/law/texts');
const shipped = (file: string) => parseLawText(readFileSync(join(TEXTS, file), 'utf8'));

/** The LawFormatError a text throws. */
function failure(markdown: string): LawFormatError {
  try {
    parseLawText(markdown);
  } catch (err) {
    if (err instanceof LawFormatError) return err;
    throw err;
  }
  throw new Error('expected a LawFormatError');
}

describe('parseLawText', () => {
  it('reads title, preamble, chapters and multi-paragraph articles', () => {
    const law = parseLawText(
      [
        '# 某某省消费者权益保护条例',
        '',
        '2020年1月1日 某某省人民代表大会常务委员会通过',
        '',
        '<!-- INFO END -->',
        '',
        '## 第一章 总　则',
        '',
        '第一条 为了保护消费者的合法权益，制定本条例。',
        '',
        '第二条 经营者应当遵守下列规定：',
        '',
        '（一）明码标价；',
        '（二）出具发票。',
        '',
        '## 第二章 附则',
        '### 第一节 施行',
        '第三条　本条例自公布之日起施行。',
      ].join('\n'),
    );
    expect(law.title).toBe('某某省消费者权益保护条例');
    expect(law.preamble).toEqual(['2020年1月1日 某某省人民代表大会常务委员会通过']);
    expect(law.chapters.map((c) => c.title)).toEqual(['第一章 总 则', '第二章 附则 · 第一节 施行']);
    expect(articlesOf(law)).toEqual([
      { no: 1, label: '第一条', text: '为了保护消费者的合法权益，制定本条例。', partial: false },
      {
        no: 2,
        label: '第二条',
        text: '经营者应当遵守下列规定：\n（一）明码标价；\n（二）出具发票。',
        partial: false,
      },
      { no: 3, label: '第三条', text: '本条例自公布之日起施行。', partial: false },
    ]);
  });

  it('reads 之一 articles after their number, and a law without chapters', () => {
    const law = parseLawText(
      '# 测试办法\n第九条 甲。\n第十条 乙。\n第十条之一 丙。\n第十一条\n丁。',
    );
    expect(law.chapters).toHaveLength(1);
    expect(law.chapters[0].title).toBe('');
    expect(articlesOf(law).map((a) => [a.no, a.label, a.text])).toEqual([
      [9, '第九条', '甲。'],
      [10, '第十条', '乙。'],
      [10, '第十条之一', '丙。'],
      [11, '第十一条', '丁。'],
    ]);
  });

  it('keeps an article that cites another (第十条规定…) inside its paragraph', () => {
    const law = parseLawText('# 测试办法\n第一条 甲。\n第十条规定的情形，依照本条处理。');
    expect(articlesOf(law)).toEqual([
      { no: 1, label: '第一条', text: '甲。\n第十条规定的情形，依照本条处理。', partial: false },
    ]);
  });

  it('reads the 实施条例 excerpt: cut articles partial, 「……」 kept, our notes dropped', () => {
    const law = shipped('consumer-regulation.md');
    const articles = articlesOf(law);
    expect(law.preamble).toEqual([]);
    const byNo = new Map(articles.map((a) => [a.no, a]));
    // 第十三条（节）: the number, the label without the mark, partial.
    expect(byNo.get(13)).toMatchObject({ label: '第十三条', partial: true });
    expect(byNo.get(13)?.text).toContain('……');
    // Cut text without the （节） mark is partial too.
    expect(byNo.get(27)?.partial).toBe(true);
    expect(byNo.get(12)?.partial).toBe(false);
    // 第十二条's （注：…） line and the ## 时限对照 section are ours, not the law's.
    expect(byNo.get(12)?.text).not.toContain('注');
    expect(articles.at(-1)).toEqual({
      no: 53,
      label: '第五十三条',
      text: '本条例自2024年7月1日起施行。',
      partial: false,
    });
    expect(JSON.stringify(law)).not.toMatch(/时限对照|受理决定|Reference copy/);
    expect(byNo.get(19)?.text.split('\n')).toHaveLength(4);
  });

  it('parses every text that ships', () => {
    for (const file of ['consumer-protection.md', 'food-safety.md', 'e-commerce.md']) {
      const articles = articlesOf(shipped(file));
      expect(articles.length).toBeGreaterThan(60);
      expect(articles.every((a, i) => i === 0 || a.no > articles[i - 1].no)).toBe(true);
    }
    expect(articlesOf(shipped('food-safety.md'))).toHaveLength(154);
  });
});

describe('files that are not a law', () => {
  it.each([
    ['no title', '第一条 甲。', 1, '第一行应为法规名称'],
    ['an empty file', '\n\n', 1, '文件是空的'],
    ['no article', '# 测试办法\n\n说明文字。', 3, '没有找到条文'],
    ['a second title', '# 测试办法\n第一条 甲。\n# 另一个', 3, '只能有一个法规名称'],
    ['Arabic numbers', '# 测试办法\n第1条 甲。', 2, '条文编号“第1条”无法识别'],
    [
      'a number out of order',
      '# 测试办法\n第二条 甲。\n第一条 乙。',
      3,
      '条文顺序不对：第一条出现在第二条之后',
    ],
    [
      'a repeated number',
      '# 测试办法\n第二条 甲。\n\n第二条 乙。',
      4,
      '第二条重复出现（第2行已有）',
    ],
    ['an empty article', '# 测试办法\n第一条\n第二条 乙。', 2, '第一条没有内容'],
    ['text after a chapter heading', '# 测试办法\n## 第一章 总则\n说明。', 3, '之后应是条文'],
  ])('refuses %s, with the line', (_what, markdown, line, reason) => {
    const err = failure(markdown);
    expect(err.line).toBe(line);
    expect(err.reason).toContain(reason);
    expect(err.message).toBe(`第${line}行：${err.reason}`);
  });

  it('refuses an article longer than the limit', () => {
    const err = failure(`# 测试办法\n第一条 ${'字'.repeat(6001)}`);
    expect(err.line).toBe(2);
    expect(err.reason).toContain('超过 6000 字');
  });
});
