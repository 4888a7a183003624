import {
  articleLabel,
  chineseToNumber,
  citedRuns,
  findCitations,
  lawNameTable,
  numberToChinese,
  refOf,
} from '@/domain/law-citations';

/** The citation finder (issue 17): what in the app's texts becomes a tap to an article. */

const cited = (text: string, table?: ReturnType<typeof lawNameTable>) =>
  findCitations(text, table).map((c) => ({
    law: c.law,
    articles: c.articles,
    text: text.slice(c.index, c.index + c.length),
  }));

describe('findCitations', () => {
  it('reads a bracketed name with one article, and where it stands', () => {
    const text = '依照《消费者权益保护法》第二十五条，网购七日内可退。';
    const [citation] = findCitations(text);
    expect(citation).toEqual({
      index: 2,
      length: '《消费者权益保护法》第二十五条'.length,
      law: 'consumer-protection',
      articles: [25],
    });
  });

  it('reads the short names and leaves 款 and 项 out of the article number', () => {
    expect(cited('消保法第五十五条第一款规定了三倍赔偿')).toEqual([
      { law: 'consumer-protection', articles: [55], text: '消保法第五十五条第一款' },
    ]);
    expect(cited('消法第二十四条')).toEqual([
      { law: 'consumer-protection', articles: [24], text: '消法第二十四条' },
    ]);
    expect(cited('见行政处罚程序规定第二十条第（一）项。')).toEqual([
      { law: 'penalty-procedure', articles: [20], text: '行政处罚程序规定第二十条第（一）项' },
    ]);
  });

  it('expands a range written in one (第二十五至三十三条) and one written in two', () => {
    expect(cited('投诉举报处理暂行办法第二十五至三十三条')[0].articles).toEqual([
      25, 26, 27, 28, 29, 30, 31, 32, 33,
    ]);
    expect(cited('消费者权益保护法第二十五条至第二十七条')[0].articles).toEqual([25, 26, 27]);
    expect(cited('消费者权益保护法第二十五条至二十七条')[0].articles).toEqual([25, 26, 27]);
  });

  it('reads lists joined by 、 和 及 或者, and a range inside a list', () => {
    expect(cited('《个人信息保护法》第十五条、第四十四条至第四十七条')[0].articles).toEqual([
      15, 44, 45, 46, 47,
    ]);
    expect(cited('消费者权益保护法第二十四条和第五十五条')[0].articles).toEqual([24, 55]);
    expect(cited('食品安全法第一百四十八条及第一百五十条')[0].articles).toEqual([148, 150]);
    expect(cited('产品质量法第四十条或者第四十一条')[0].articles).toEqual([40, 41]);
    // 第二款 of one article is not another article.
    expect(cited('消费者权益保护法第五十五条第一款、第五十六条')[0].articles).toEqual([55, 56]);
  });

  it('takes the longest name: a regulation is not read as its law', () => {
    expect(cited('食品安全法实施条例第十条')).toEqual([
      { law: 'food-safety-regulation', articles: [10], text: '食品安全法实施条例第十条' },
    ]);
    expect(cited('《消费者权益保护法实施条例》第四十六条')[0]).toMatchObject({
      law: 'consumer-regulation',
      articles: [46],
    });
    expect(cited('家用汽车产品修理更换退货责任规定第十八条')[0].law).toBe('car-warranty');
    expect(cited('部分商品修理更换退货责任规定第十三条')[0].law).toBe('goods-warranty');
  });

  it('reads the full title with or without 中华人民共和国 and the brackets', () => {
    expect(cited('《中华人民共和国消费者权益保护法》第五十五条')[0]).toMatchObject({
      law: 'consumer-protection',
      articles: [55],
    });
    expect(cited('中华人民共和国食品安全法第一百四十八条')[0]).toMatchObject({
      law: 'food-safety',
      articles: [148],
    });
    expect(cited('《中华人民共和国个人信息保护法》第三十一条')[0].law).toBe('personal-information');
  });

  it('leaves a bare article (第十五条) and an unknown law as text', () => {
    expect(findCitations('依照第十五条处理，另见本法第二十条。')).toEqual([]);
    expect(findCitations('《民法典》第五百条')).toEqual([]);
    expect(findCitations('消费者权益保护法 第二十五条')).toEqual([]);
  });

  it('finds every citation of a text in order, of several laws', () => {
    const text =
      '网购可依消费者权益保护法第二十五条退货；手机按部分商品修理更换退货责任规定第九条；食品看食品安全法第一百四十八条。';
    expect(cited(text).map((c) => [c.law, c.articles])).toEqual([
      ['consumer-protection', [25]],
      ['goods-warranty', [9]],
      ['food-safety', [148]],
    ]);
  });

  it('reads 之一 as its article', () => {
    expect(cited('电子商务法第十条之一')[0]).toMatchObject({ law: 'e-commerce', articles: [10] });
  });

  it('finds an imported law by its title and short title when the table has it', () => {
    const table = lawNameTable([
      { key: 'qs-consumer', title: '青山省消费者权益保护条例', short: '青山消保条例' },
    ]);
    expect(cited('按《青山省消费者权益保护条例》第十条', table)[0]).toMatchObject({
      law: 'qs-consumer',
      articles: [10],
    });
    expect(cited('青山消保条例第十二条', table)[0]).toMatchObject({
      law: 'qs-consumer',
      articles: [12],
    });
    // The built-in laws stay in the table.
    expect(cited('消保法第二十五条', table)[0].law).toBe('consumer-protection');
    expect(findCitations('青山消保条例第十二条')).toEqual([]);
  });
});

describe('citedRuns', () => {
  it('cuts a text into plain runs and taps, losing nothing', () => {
    const text = '商家不退款？依照《消费者权益保护法》第二十五条、第二十六条，可以投诉。';
    const runs = citedRuns(text);
    expect(runs).toEqual([
      { text: '商家不退款？依照' },
      {
        text: '《消费者权益保护法》第二十五条、第二十六条',
        cite: { law: 'consumer-protection', no: 25 },
      },
      { text: '，可以投诉。' },
    ]);
    expect(runs.map((run) => run.text).join('')).toBe(text);
  });

  it('gives one plain run for a text without citations, and none for an empty one', () => {
    expect(citedRuns('拨打12315')).toEqual([{ text: '拨打12315' }]);
    expect(citedRuns('')).toEqual([]);
  });

  it('starts and ends with a tap when the text is only citations', () => {
    const runs = citedRuns('消保法第五十五条食品安全法第一百四十八条');
    expect(runs.map((run) => run.cite)).toEqual([
      { law: 'consumer-protection', no: 55 },
      { law: 'food-safety', no: 148 },
    ]);
  });
});

describe('refOf (a structured 法律依据)', () => {
  it('resolves a law name and an article label', () => {
    expect(refOf('消费者权益保护法', '第五十六条')).toEqual({ law: 'consumer-protection', no: 56 });
    expect(refOf('《中华人民共和国食品安全法》', '第三十四条')).toEqual({
      law: 'food-safety',
      no: 34,
    });
    expect(refOf('消费者权益保护法', '第五十五条第一款')).toEqual({
      law: 'consumer-protection',
      no: 55,
    });
  });

  it('gives undefined for a law the app does not know or an article it cannot read', () => {
    expect(refOf('民法典', '第五百条')).toBeUndefined();
    expect(refOf('消费者权益保护法', '第25条')).toBeUndefined();
  });
});

describe('numerals', () => {
  it('reads Chinese numerals as articles are numbered', () => {
    expect(chineseToNumber('十')).toBe(10);
    expect(chineseToNumber('十五')).toBe(15);
    expect(chineseToNumber('二十五')).toBe(25);
    expect(chineseToNumber('一百零四')).toBe(104);
    expect(chineseToNumber('一百一十五')).toBe(115);
    expect(chineseToNumber('一百四十八')).toBe(148);
    expect(chineseToNumber('二百')).toBe(200);
    expect(chineseToNumber('25')).toBeUndefined();
    expect(chineseToNumber('')).toBeUndefined();
  });

  it('writes them as articles are numbered', () => {
    expect(numberToChinese(1)).toBe('一');
    expect(numberToChinese(10)).toBe('十');
    expect(numberToChinese(15)).toBe('十五');
    expect(numberToChinese(20)).toBe('二十');
    expect(numberToChinese(104)).toBe('一百零四');
    expect(numberToChinese(110)).toBe('一百一十');
    expect(numberToChinese(115)).toBe('一百一十五');
    expect(numberToChinese(300)).toBe('三百');
    expect(articleLabel(25)).toBe('第二十五条');
    expect(() => numberToChinese(0)).toThrow(RangeError);
    expect(() => numberToChinese(1.5)).toThrow(RangeError);
  });

  it('round-trips every article number from 1 to 300', () => {
    const broken: number[] = [];
    for (let n = 1; n <= 300; n++) if (chineseToNumber(numberToChinese(n)) !== n) broken.push(n);
    expect(broken).toEqual([]);
    // and every label is found as a citation of that article
    const misread: number[] = [];
    for (let n = 1; n <= 300; n++) {
      const [c] = findCitations(`消费者权益保护法${articleLabel(n)}`);
      if (c?.articles[0] !== n) misread.push(n);
    }
    expect(misread).toEqual([]);
  });
});
