import { Value } from '@sinclair/typebox/value';
import type { BankQuestion } from '@api/quiz';
import { BankQuestion as BankQuestionSchema, QUESTION_TYPES, QUIZ_TOPICS } from '@api/quiz';
import { questions } from '../../server/src/features/quiz/bank/questions';
import {
  validateBank,
  type BankProblemCode,
} from '../../server/src/features/quiz/bank/validate-bank';
import { bankQuestion } from '../support/question-factory';

const good = bankQuestion({ id: 't1' });
const tf = bankQuestion({
  id: 't2',
  type: 'true-false',
  options: [
    { key: 'A', text: '对' },
    { key: 'B', text: '错' },
  ],
  answer: ['B'],
});
const multi = bankQuestion({ id: 't3', type: 'multiple', answer: ['A', 'C'] });
const active = () => questions.filter((q) => !q.retired);

describe('built-in question bank', () => {
  const active = questions.filter((q) => !q.retired);
  const text = (q: BankQuestion) =>
    [q.stem, ...q.options.map((opt) => opt.text), q.explanation].join('\n');

  it('passes validateBank with no problems', () => {
    expect(validateBank(questions)).toEqual([]);
  });

  it('has at least 80 questions with stable ids q001…', () => {
    expect(active.length).toBeGreaterThanOrEqual(80);
    for (const q of questions) expect(q.id).toMatch(/^q\d{3}$/);
  });

  it('covers every topic (≥ 15 each), every type and every difficulty', () => {
    for (const topic of QUIZ_TOPICS)
      expect(active.filter((q) => q.topic === topic).length).toBeGreaterThanOrEqual(15);
    for (const type of QUESTION_TYPES)
      expect(active.filter((q) => q.type === type).length).toBeGreaterThanOrEqual(10);
    for (const difficulty of [1, 2, 3])
      expect(active.filter((q) => q.difficulty === difficulty).length).toBeGreaterThanOrEqual(10);
  });

  it('avoids "all/none of the above" options', () => {
    for (const q of questions)
      for (const opt of q.options) expect(opt.text).not.toMatch(/以上(都|均|全)/);
  });

  it('states the barcode, fraud and food-safety facts correctly', () => {
    expect(active.some((q) => /690/.test(text(q)) && /中国物品编码中心/.test(text(q)))).toBe(true);

    const fraud = active.filter((q) => q.explanation.includes('第五十五条'));
    expect(fraud.length).toBeGreaterThan(0);
    for (const q of fraud) expect(text(q)).toMatch(/三倍[\s\S]*(五百元|500元)/);

    const food = active.filter((q) => text(q).includes('第一百四十八条'));
    expect(food.length).toBeGreaterThan(0);
    expect(food.some((q) => /十倍/.test(text(q)) && /(一千元|1000元)/.test(text(q)))).toBe(true);

    const acceptance = active.find((q) => q.explanation.includes('投诉举报处理暂行办法第十四条'));
    expect(acceptance && text(acceptance)).toMatch(/七个工作日/);
    const mediation = active.filter(
      (q) => q.explanation.includes('第四十六条') && /调解/.test(q.stem),
    );
    expect(mediation.length).toBeGreaterThan(0);
    for (const q of mediation) expect(text(q)).toMatch(/60日/);

    const sc = active.find((q) => q.stem.includes('几位阿拉伯数字'));
    expect(sc && sc.options.find((opt) => opt.key === sc.answer[0])?.text).toBe('14位');
  });
});

describe('built-in bank: legally exact (issue 11)', () => {
  const byId = (id: string) => {
    const q = questions.find((x) => x.id === id);
    if (!q) throw new Error(`no ${id}`);
    return q;
  };
  const text = (q: BankQuestion) =>
    [q.stem, ...q.options.map((opt) => opt.text), q.explanation].join('\n');
  const answerTexts = (q: BankQuestion) =>
    q.answer.map((key) => q.options.find((opt) => opt.key === key)?.text);

  it('every built-in question fits the API contract (stem, option and explanation lengths)', () => {
    const fits = (q: BankQuestion): boolean => Value.Check(BankQuestionSchema, q);
    expect(questions.filter((q) => !fits(q)).map((q) => q.id)).toEqual([]);
  });

  it('q076 states the refund rule with its condition and the lawful deductions', () => {
    const q = byId('q076');
    // 实施条例 第十八条 applies to returns under national rules or an agreement.
    expect(q.stem).toContain('依照国家有关规定或者与消费者约定');
    expect(answerTexts(q)).toEqual(['对']);
    expect(q.explanation).toContain('实施条例第十八条');
    // Not "never depreciation": the 三包 rules themselves allow it in named cases.
    expect(q.explanation).not.toMatch(/不能按折旧价退款/);
    expect(q.explanation).toMatch(/家用汽车产品修理更换退货责任规定第二十七条/);
    expect(q.explanation).toMatch(/部分商品修理更换退货责任规定第十三条/);
  });

  it('q010 gives the QS → SC transition date', () => {
    const q = byId('q010');
    expect(q.explanation).toContain('2018年10月1日');
    expect(q.explanation).toMatch(/QS/);
    expect(answerTexts(q)).toEqual(['对']);
  });

  it('q011 and q012 allow the CCC self-declaration route; q122 teaches it', () => {
    for (const id of ['q011', 'q012']) expect(byId(id).explanation).toContain('自我声明');
    expect(byId('q012').stem).not.toContain('必须通过3C认证');
    expect(answerTexts(byId('q011'))).toEqual(['中国强制性产品认证']);
    const q122 = byId('q122');
    expect(q122.stem).toMatch(/一定持有.*CCC认证证书/);
    expect(answerTexts(q122)).toEqual(['错']);
  });

  it('has at least 10 三包 questions, each citing a national rule and its article', () => {
    // 手机三包 names its rule only: the law library (issue 17) has no clean copy of it, and an
    // article the app cites must open (law-citations-resolve.test.ts).
    const rule =
      /(家用汽车产品|部分商品)修理更换退货责任规定第[一二三四五六七八九十]+条|按?移动电话机商品修理更换退货责任规定/;
    const sanbao = active().filter((q) => q.subtopic.startsWith('三包'));
    expect(sanbao.length).toBeGreaterThanOrEqual(10);
    for (const q of sanbao) expect(`${q.id} ${q.explanation}`).toMatch(rule);
    // Cars, mobile phones and household goods are all covered, in every question type.
    for (const kind of ['家用汽车产品', '移动电话机商品', '部分商品'])
      expect(sanbao.some((q) => q.explanation.includes(kind))).toBe(true);
    for (const type of QUESTION_TYPES) expect(sanbao.some((q) => q.type === type)).toBe(true);
    expect(new Set(sanbao.map((q) => q.difficulty))).toEqual(new Set([1, 2, 3]));
  });

  it('never cites 实施条例 第十九条 (distance sales) for an in-store duty', () => {
    const cites19 = active().filter((q) => /实施条例第十九条/.test(q.explanation));
    expect(cites19.length).toBeGreaterThan(0);
    for (const q of cites19) {
      expect(`${q.id} ${text(q)}`).not.toMatch(/实体店|线下|店堂/);
      expect(`${q.id} ${text(q)}`).toMatch(/网店|网购|网络|电视|电话|邮购/);
    }
    // The offline promise is binding under 第十二条.
    const offline = active().filter((q) => /线下|实体店/.test(q.stem) && /承诺/.test(q.stem));
    expect(offline.length).toBeGreaterThan(0);
    for (const q of offline) expect(q.explanation).toMatch(/实施条例第十二条|条例第十二条/);
  });

  it('ten-fold food damages name their condition: the producer, or a seller who knew', () => {
    const tenfold = active().filter(
      (q) => q.explanation.includes('第一百四十八条') && /一千元|1000元/.test(text(q)),
    );
    expect(tenfold.length).toBeGreaterThan(0);
    for (const q of tenfold) expect(`${q.id} ${text(q)}`).toMatch(/生产者/);
    expect(byId('q058').explanation).toMatch(/经营明知/);
  });

  it('the three-year limit counts from when the consumer knew or should have known', () => {
    expect(text(byId('q084'))).toContain('知道或者应当知道');
    expect(byId('q085').explanation).toContain('知道或者应当知道');
  });
});

describe('validateBank', () => {
  it('accepts a well-formed bank', () => {
    expect(validateBank([good, tf, multi])).toEqual([]);
  });

  const cases: [string, BankQuestion[], BankProblemCode][] = [
    ['duplicate id', [good, { ...tf, id: 't1' }], 'duplicate-id'],
    ['answer key not among options', [{ ...good, answer: ['D'] }], 'unknown-answer-key'],
    ['no answer', [{ ...good, answer: [] }], 'empty-answer'],
    ['repeated answer key', [{ ...multi, answer: ['A', 'A'] }], 'duplicate-answer-key'],
    ['single with two answers', [{ ...good, answer: ['A', 'B'] }], 'single-answer-count'],
    ['multiple with one answer', [{ ...multi, answer: ['A'] }], 'multiple-answer-count'],
    [
      'true-false with other options',
      [
        {
          ...tf,
          options: [
            { key: 'A', text: '正确' },
            { key: 'B', text: '错误' },
          ],
        },
      ],
      'true-false-options',
    ],
    [
      'true-false with swapped options',
      [
        {
          ...tf,
          options: [
            { key: 'A', text: '错' },
            { key: 'B', text: '对' },
          ],
        },
      ],
      'true-false-options',
    ],
    ['true-false with both answers', [{ ...tf, answer: ['A', 'B'] }], 'true-false-answer-count'],
    ['empty explanation', [{ ...good, explanation: '  ' }], 'empty-explanation'],
    [
      'option keys out of order',
      [
        {
          ...good,
          options: [
            { key: 'A', text: '甲' },
            { key: 'C', text: '丙' },
          ],
        },
      ],
      'option-keys-out-of-order',
    ],
    ['stem too long', [{ ...good, stem: '长'.repeat(201) }], 'stem-too-long'],
    [
      'empty option text',
      [{ ...good, options: [good.options[0]!, { key: 'B', text: '' }] }],
      'empty-option',
    ],
  ];

  it.each(cases)('%s', (_name, bank, code) => {
    const problems = validateBank(bank);
    expect(problems.map((p) => p.code)).toContain(code);
    expect(problems.every((p) => typeof p.message === 'string' && p.message.length > 0)).toBe(true);
  });

  it('names the question and its position', () => {
    const problems = validateBank([good, { ...multi, answer: ['A'] }]);
    expect(problems).toEqual([
      expect.objectContaining({ index: 1, questionId: 't3', code: 'multiple-answer-count' }),
    ]);
  });

  it('accepts a 200-character stem', () => {
    expect(validateBank([{ ...good, stem: '长'.repeat(200) }])).toEqual([]);
  });
});
