import type { BankQuestion, OptionKey, PaperQuestion, Topic } from '@api/quiz';
import { QUIZ_TOPICS } from '@api/quiz';
import { faceOf } from './question-row';

/** A uniform integer in [0, n): crypto.randomInt in the server, a seeded one in tests. */
export type RandomInt = (n: number) => number;

/** Pick k distinct items uniformly (partial Fisher–Yates on a copy). */
export function sample<T>(items: readonly T[], k: number, random: RandomInt): T[] {
  const pool = [...items];
  const n = Math.min(k, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + random(pool.length - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}

export const shuffle = <T>(items: readonly T[], random: RandomInt): T[] =>
  sample(items, items.length, random);

/**
 * How many questions each topic gives: an equal share, the remainder to topics chosen at
 * random, and a topic's shortfall (too few questions) made up by the others.
 */
export function topicQuotas(
  available: ReadonlyMap<Topic, number>,
  count: number,
  random: RandomInt,
): Map<Topic, number> {
  const quotas = new Map<Topic, number>();
  let topics = shuffle(
    QUIZ_TOPICS.filter((t) => (available.get(t) ?? 0) > 0),
    random,
  );
  let left = count;
  while (left > 0 && topics.length > 0) {
    const share = Math.floor(left / topics.length);
    const extra = left % topics.length;
    topics.forEach((topic, i) => {
      const want = share + (i < extra ? 1 : 0);
      const room = (available.get(topic) ?? 0) - (quotas.get(topic) ?? 0);
      const take = Math.min(want, room);
      quotas.set(topic, (quotas.get(topic) ?? 0) + take);
      left -= take;
    });
    topics = topics.filter((t) => (available.get(t) ?? 0) > (quotas.get(t) ?? 0));
  }
  return quotas;
}

/** Draw a paper's questions from the active bank, balanced across topics, in random order. */
export function drawQuestions(
  byTopic: ReadonlyMap<Topic, readonly BankQuestion[]>,
  count: number,
  random: RandomInt,
  onlyTopic?: Topic,
): BankQuestion[] {
  if (onlyTopic) return sample(byTopic.get(onlyTopic) ?? [], count, random);
  const available = new Map([...byTopic].map(([topic, list]) => [topic, list.length]));
  const quotas = topicQuotas(available, count, random);
  const drawn = [...quotas].flatMap(([topic, k]) => sample(byTopic.get(topic) ?? [], k, random));
  return shuffle(drawn, random);
}

/** A question as shown on a paper, with its correct keys and shown→bank key map. */
export interface ShownQuestion {
  face: PaperQuestion;
  correct: OptionKey[];
  keyMap: Record<OptionKey, OptionKey>;
}

const keyAt = (i: number): OptionKey => String.fromCharCode(65 + i);

/**
 * Shuffle the options and relabel them A, B, C … in the order shown, so the position of the
 * right answer tells nothing. True-false keeps A 对 / B 错.
 */
export function showQuestion(q: BankQuestion, random: RandomInt): ShownQuestion {
  const order = q.type === 'true-false' ? q.options : shuffle(q.options, random);
  const keyMap: Record<OptionKey, OptionKey> = {};
  const options = order.map((option, i) => {
    keyMap[keyAt(i)] = option.key;
    return { key: keyAt(i), text: option.text };
  });
  const correct = options.filter((o) => q.answer.includes(keyMap[o.key])).map((o) => o.key);
  const face = { ...faceOf(q), options };
  return { face, correct, keyMap };
}
