import type { BankQuestion } from '@api/quiz';
import { QUESTION_TYPES, QUIZ_TOPICS } from '@api/quiz';
import { questions } from '../../server/src/features/quiz/bank/questions';
import {
  validateBank,
  type BankProblemCode,
} from '../../server/src/features/quiz/bank/validate-bank';

const good: BankQuestion = {
  id: 't1',
  type: 'single',
  topic: '识假辨假',
  subtopic: '测试',
  difficulty: 1,
  stem: '测试题干',
  options: [
    { key: 'A', text: '甲' },
    { key: 'B', text: '乙' },
    { key: 'C', text: '丙' },
  ],
  answer: ['A'],
  explanation: '测试解析',
};
const tf: BankQuestion = {
  ...good,
  id: 't2',
  type: 'true-false',
  options: [
    { key: 'A', text: '对' },
    { key: 'B', text: '错' },
  ],
  answer: ['B'],
};
const multi: BankQuestion = { ...good, id: 't3', type: 'multiple', answer: ['A', 'C'] };

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
