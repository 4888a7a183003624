import type { Session } from '@api/auth';
import type { SubmissionResult } from '@api/quiz';
import { apiCall } from '../support/api-client';
import { startRealServer, type RealServer } from '../support/real-server';
import {
  calls,
  installWeapp,
  openPage,
  setStorage,
  simulate,
  waitForText,
} from './support/taro-simulate';

let server: RealServer;
let consumer: Session;

beforeAll(async () => {
  server = await startRealServer();
  // Signed in before the app starts, as a returning user is: the session is read at launch.
  consumer = await apiCall<Session>(server.origin, 'POST', '/auth/dev', { openid: 'weapp-quiz' });
  setStorage('fx.session', consumer);
  installWeapp(server.origin);
});

afterAll(() => server?.stop());

/** The id in the last page the app went to with navigateTo / redirectTo. */
function lastRouteId(path: string): string {
  const url = [...calls.navigateTo].reverse().find((u) => u.includes(path));
  expect(url).toBeDefined();
  return new URL(url!, 'https://app.invalid').searchParams.get('id')!;
}

const buttonLabelled = (page: ReturnType<typeof openPage>, label: string) =>
  page
    .querySelectorAll('.nut-button')
    .find((b) => b.dom?.textContent?.includes(label) && !b.dom?.className.includes('disabled'));

test('a whole quiz in the weapp build: draw, answer every question, submit, see the score', async () => {
  const landing = openPage('features/quiz/pages/index/index');
  await waitForText(landing, '开始答题');
  expect(landing.dom?.textContent).toContain('今日剩余');
  buttonLabelled(landing, '开始答题')!.dispatchEvent('tap');
  for (let i = 0; i < 100 && !calls.navigateTo.some((u) => u.includes('pages/paper')); i++) {
    await simulate.sleep(20);
  }
  const paperId = lastRouteId('pages/paper');

  const paper = openPage('features/quiz/pages/paper/index', { id: paperId });
  await waitForText(paper, '第 1/10 题');
  for (let n = 1; n <= 10; n++) {
    await waitForText(paper, `第 ${n}/10 题`);
    // No answer is marked before submitting.
    expect(paper.querySelectorAll('.quiz-option--correct')).toHaveLength(0);
    paper.querySelector('.quiz-option')!.dispatchEvent('tap');
    await waitForText(paper, `已答 ${n}`);
    if (n < 10) buttonLabelled(paper, '下一题')!.dispatchEvent('tap');
  }
  buttonLabelled(paper, '交卷')!.dispatchEvent('tap');
  for (let i = 0; i < 150 && !calls.navigateTo.some((u) => u.includes('pages/result')); i++) {
    await simulate.sleep(20);
  }
  expect(lastRouteId('pages/result')).toBe(paperId);

  // The server scored it; the result page shows that score and the review.
  const scored = await apiCall<SubmissionResult>(
    server.origin,
    'GET',
    `/quiz/papers/${paperId}/submission`,
    undefined,
    consumer.token,
  );
  expect(scored.review.every((item) => item.chosen.length === 1)).toBe(true);
  const result = openPage('features/quiz/pages/result/index', { id: paperId });
  await waitForText(result, `答对${scored.correctCount}/10`);
  expect(result.dom?.textContent).toContain(String(scored.score));
  expect(result.dom?.textContent).toContain(scored.review[0].explanation.slice(0, 12));
});
