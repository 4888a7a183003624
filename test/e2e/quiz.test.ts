import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { openPhone, screenshot } from './support/browser';
import { e2eFixture } from './support/fixture';

const e2e = e2eFixture();

/** A button by its exact text: NutUI's, or LiteButton on the tab pages (the host takes the click). */
const button = (page: Page, text: string) =>
  page.locator('.nut-button:visible, .lite-button:visible', {
    hasText: new RegExp(`^\\s*${text}\\s*$`),
  });

/**
 * The correct shown keys of a paper, read from the server's own SQLite file: the API never
 * tells them before submitting, which is the point.
 */
function answerKey(paperId: string): Map<string, string[]> {
  const db = new Database(path.join(e2e.server.dataDir, 'fangxin.db'), { readonly: true });
  try {
    const rows = db
      .prepare('select question_id, face, correct from quiz_paper_questions where paper_id = ?')
      .all(paperId) as { question_id: string; face: string; correct: string }[];
    // Keyed by stem: the page shows the stem, not the id.
    return new Map(rows.map((r) => [JSON.parse(r.face).stem as string, JSON.parse(r.correct)]));
  } finally {
    db.close();
  }
}

test('a consumer takes a whole quiz from 首页, scores 100, and finds themself on the leaderboard', async () => {
  const origin = e2e.server.origin;
  const phone = await openPhone(e2e.browser);
  await phone.goto(`${origin}/pages/me/index`);
  await button(phone, '体验登录').click();
  await phone.locator('.me').getByText('消费者').waitFor();

  await phone.goto(`${origin}/pages/index/index`);
  await phone.getByText('识假答题').click();
  await button(phone, '开始答题').click();
  const progress = (text: string) =>
    phone.locator('.quiz-paper__progress:visible', { hasText: text }).waitFor();
  await progress('第 1/10 题');
  const paperId = new URL(phone.url()).searchParams.get('id')!;
  const key = answerKey(paperId);
  expect(key.size).toBe(10);

  for (let n = 1; n <= 10; n++) {
    await progress(`第 ${n}/10 题`);
    const stem = (await phone.locator('.quiz-question__stem:visible').textContent())!.trim();
    const correct = key.get(stem);
    expect(correct).toBeDefined();
    for (const k of correct!) {
      await phone.locator('.quiz-option:visible', { has: phone.locator(`text="${k}"`) }).click();
    }
    await progress(`已答 ${n}`);
    // Read the paper for a while, as a person would (under 10 s is not ranked).
    await phone.waitForTimeout(1100);
    if (n < 10) await button(phone, '下一题').click();
  }
  await screenshot(phone, 'quiz-paper');
  await button(phone, '交卷').click();

  // Taro's H5 router marks a page "stationed" once its slide-in has finished.
  await phone.locator('.taro_page_stationed').getByText('答对10/10').waitFor();
  expect(await phone.locator('body').textContent()).not.toContain('不计入排行榜');
  await screenshot(phone, 'quiz-result');

  await button(phone, '排行榜').click();
  const top = phone.locator('.quiz-board__list .quiz-board__row:visible').first();
  await top.waitFor();
  await phone.locator('.taro_page_stationed .quiz-board__row').first().waitFor();
  expect(await top.textContent()).toMatch(/我（微信用户\w{4}）.*100分/);
  await phone.locator('.quiz-board__me:visible', { hasText: '100分' }).waitFor();
  await screenshot(phone, 'quiz-leaderboard');
});
