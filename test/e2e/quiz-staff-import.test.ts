import { signInNewStaff } from '../support/staff';
import { e2eFixture } from './support/fixture';
import { button, expectNoSidewaysScroll } from './support/journey';
import { overflowingChips, signedInStaff, STAFF_SHOTS } from './support/staff-phone';

const e2e = e2eFixture();

const HEADER = 'id,type,topic,subtopic,difficulty,stem,A,B,C,D,answer,explanation';
/** Three bad rows, the first with four problems: the pre-check names every one. */
const CSV = [
  HEADER,
  'e2e-1,填空,识假辨假,食品标签,很难,预包装食品标签上必须标注的是？,生产日期,,明星代言,,X,解析。',
  'Bad Id,单选,假冒伪劣,食品标签,1,哪一项是对的？,甲,乙,,,A,',
  'e2e-3,单选,识假辨假,食品标签,1,这一行没有问题？,是,否,,,A,解析。',
  'e2e-4,多选,消费者权益,九项权利,中,下列哪些是消费者的权利？,安全权,知情权,垄断权,,A,多选至少两个答案。',
].join('\n');

test('导入题目: 预检 lists every problem of every row by column, readable on a 390 px phone', async () => {
  const origin = e2e.server.origin;
  await signInNewStaff(origin, e2e.server.dataDir, 'import-staff');
  for (const mode of ['normal', 'large'] as const) {
    const page = await signedInStaff(e2e.browser, origin, 'import-staff', mode === 'large');
    await page.goto(`${origin}/features/quiz/pages/import/index`);
    await page.locator('textarea[name="content"]').fill(CSV);
    await page.getByText('✓ 约 4 道题，可以预检').waitFor();
    await button(page, '预检').click();
    await page.getByText('3 行有误（共 8 处），未导入任何题目').waitFor();
    const rows = page.locator('.import-bad-rows__row');
    expect(await rows.locator('.import-bad-rows__line').allTextContents()).toEqual([
      '第 2 行',
      '第 3 行',
      '第 5 行',
    ]);
    expect(await rows.first().locator('.import-bad-rows__column').allTextContents()).toEqual([
      '题型 type',
      '难度 difficulty',
      '选项B',
      '答案 answer',
    ]);
    await expectNoSidewaysScroll(page, mode);
    expect(await overflowingChips(page, '.import-bad-rows__column, .nut-radio-button')).toEqual([]);
    await page.locator('.quiz-import__rejected').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${STAFF_SHOTS}/quiz-import-precheck-${mode}.png` });
    await page.context().close();
  }
}, 90_000);
