import { taroTest } from './support/taro-mock';
import { result } from './support/quiz-fixtures';
import { KEPT_RESULTS, storedResults } from '@/features/quiz/hooks/paper-store';

beforeEach(() => taroTest.reset());

test('only the newest results stay on the phone; older ones are forgotten', () => {
  const ids = Array.from({ length: KEPT_RESULTS + 2 }, (_, i) => `paper-${i}`);
  for (const id of ids) storedResults.set(id, { result: result() });
  expect(storedResults.get('paper-0')).toBeUndefined();
  expect(storedResults.get('paper-1')).toBeUndefined();
  for (const id of ids.slice(2)) expect(storedResults.get(id)?.result.score).toBe(result().score);
  const kept = [...taroTest.storage.keys()].filter((key) => key.startsWith('fx.quiz.result.'));
  expect(kept).toHaveLength(KEPT_RESULTS);

  // Storing one again moves it to the front instead of keeping it twice.
  storedResults.set('paper-2', { result: result() });
  storedResults.set('paper-new', { result: result() });
  expect(storedResults.get('paper-2')).toBeDefined();
  expect(storedResults.get('paper-3')).toBeUndefined();
});
