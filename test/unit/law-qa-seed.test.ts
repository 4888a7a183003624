import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { QaContent } from '@api/law';
import { articleLabel } from '@/domain/law-citations';
import { BUILTIN_LAWS, LAW_LIMITS, QA_TOPICS } from '@/domain/law-vocabulary';
import { QA_SEED } from '../../server/src/features/law/qa-seed';
import { articlesOf, parseLawText } from '../../server/src/features/law/law-text-parser';

/**
 * The 问答 cards that ship (issue 17): enough of them, on every topic, within the limits the
 * staff form has, each citing articles the library really holds — and in the app's own words,
 * never a run copied from the articles they cite.
 */

const TEXTS = join(__dirname, '../../server/src/features/law/texts');
const BUILTIN_KEYS = new Set<string>(BUILTIN_LAWS.map((law) => law.key));

/** law key → article number → its text (paragraphs joined), as the library parses it. */
const articleTexts = new Map<string, Map<number, string>>();
function articlesOfLaw(law: string): Map<number, string> {
  let articles = articleTexts.get(law);
  if (!articles) {
    const parsed = parseLawText(readFileSync(join(TEXTS, `${law}.md`), 'utf8'));
    articles = new Map(articlesOf(parsed).map((article) => [article.no, article.text]));
    articleTexts.set(law, articles);
  }
  return articles;
}

/** The first run of `size` characters of `answer` found in `source`, if any. */
function sharedRun(answer: string, source: string, size: number): string | undefined {
  const flat = answer.replace(/\s+/g, '');
  const text = source.replace(/\s+/g, '');
  for (let i = 0; i + size <= flat.length; i++) {
    const run = flat.slice(i, i + size);
    if (text.includes(run)) return run;
  }
  return undefined;
}

test('at least 44 cards, each key and each question once', () => {
  expect(QA_SEED.length).toBeGreaterThanOrEqual(44);
  const keys = QA_SEED.map((card) => card.key);
  expect(new Set(keys).size).toBe(keys.length);
  for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/);
  const questions = QA_SEED.map((card) => card.question.replace(/[\s？?。，,“”"]/g, ''));
  expect(new Set(questions).size).toBe(questions.length);
});

test('every topic has 2 cards or more; the issue’s six common ones 4 or more', () => {
  const count = (topic: string) => QA_SEED.filter((card) => card.topic === topic).length;
  const short = QA_TOPICS.filter((topic) => count(topic) < 2);
  expect(short).toEqual([]);
  const main = ['假货赔偿', '三包', '预付卡', '七天无理由', '网购', '食品'];
  expect(main.filter((topic) => count(topic) < 4)).toEqual([]);
});

test('each card is content the staff form accepts, short enough for a phone', () => {
  for (const card of QA_SEED) {
    const content = {
      topic: card.topic,
      question: card.question,
      answer: card.answer,
      citations: card.citations,
    };
    expect([card.key, Value.Check(QaContent, content)]).toEqual([card.key, true]);
    const { question, answer, citations } = LAW_LIMITS.qa;
    expect(card.question.length).toBeGreaterThanOrEqual(question.min);
    expect(card.question.length).toBeLessThanOrEqual(question.max);
    expect(card.question).toMatch(/？$/);
    expect(card.answer.length).toBeGreaterThanOrEqual(Math.max(answer.min, 80));
    expect(card.answer.length).toBeLessThanOrEqual(Math.min(answer.max, 400));
    const paragraphs = card.answer.split('\n');
    expect([card.key, paragraphs.length >= 2 && paragraphs.length <= 6]).toEqual([card.key, true]);
    expect(paragraphs.filter((p) => p.trim() !== p || p === '')).toEqual([]);
    expect(card.citations.length).toBeGreaterThanOrEqual(citations.min);
    expect(card.citations.length).toBeLessThanOrEqual(4);
    const refs = card.citations.map((ref) => `${ref.law}#${ref.no}`);
    expect(new Set(refs).size).toBe(refs.length);
  }
});

test('every citation names an article the shipped texts hold', () => {
  const missing: string[] = [];
  for (const card of QA_SEED)
    for (const ref of card.citations) {
      expect(BUILTIN_KEYS.has(ref.law)).toBe(true);
      if (!articlesOfLaw(ref.law).has(ref.no))
        missing.push(`${card.key}: ${ref.law} ${articleLabel(ref.no)}`);
    }
  expect(missing).toEqual([]);
});

test('no answer copies 12 characters running from an article it cites', () => {
  const copied: string[] = [];
  for (const card of QA_SEED)
    for (const ref of card.citations) {
      const text = articlesOfLaw(ref.law).get(ref.no) ?? '';
      const run = sharedRun(card.answer, text, 12);
      if (run) copied.push(`${card.key}: ${ref.law} ${articleLabel(ref.no)} 「${run}」`);
    }
  expect(copied).toEqual([]);
});

test('the overlap check finds a copied run (so the test above can fail)', () => {
  const text = articlesOfLaw('consumer-protection').get(25) ?? '';
  expect(text.length).toBeGreaterThan(100);
  expect(sharedRun(`我们说：${text.slice(10, 22)}。`, text, 12)).toBe(text.slice(10, 22));
  expect(sharedRun('收到后7天内可以退，不用说理由。', text, 12)).toBeUndefined();
});

test('amounts the answers give agree with the articles they cite', () => {
  const cardsCiting = (law: string, no: number) =>
    QA_SEED.filter((card) => card.citations.some((ref) => ref.law === law && ref.no === no));
  // 消保法 第五十五条: 三倍, at least 五百元 — a card citing it for the sum says both.
  expect(articlesOfLaw('consumer-protection').get(55)).toMatch(/三倍.*不足五百元的，为五百元/s);
  for (const card of cardsCiting('consumer-protection', 55).filter((c) => /三倍/.test(c.answer)))
    expect([card.key, /五百元/.test(card.answer)]).toEqual([card.key, true]);
  // 食品安全法 第一百四十八条: 十倍 or 损失三倍, at least 一千元.
  expect(articlesOfLaw('food-safety').get(148)).toMatch(
    /价款十倍或者损失三倍.*不足一千元的，为一千元/s,
  );
  for (const card of cardsCiting('food-safety', 148).filter((c) => /十倍/.test(c.answer)))
    expect([card.key, /一千元/.test(card.answer)]).toEqual([card.key, true]);
  // No card promises 食品's 十倍 under the general 三倍 rule, or the other way round.
  for (const card of QA_SEED.filter((c) => /十倍/.test(c.answer)))
    expect([card.key, card.citations.some((r) => r.law === 'food-safety')]).toEqual([
      card.key,
      true,
    ]);
});
