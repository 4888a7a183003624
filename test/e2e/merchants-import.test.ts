import { creditCode } from './support/journey-seed';
import { signInNewStaff } from '../support/staff';
import { e2eFixture } from './support/fixture';
import { button, expectNoSidewaysScroll } from './support/journey';
import { overflowingChips, signedInStaff, STAFF_SHOTS } from './support/staff-phone';

const e2e = e2eFixture();

const HEADER = '统一社会信用代码,名称,类型,行业,镇街,地址,经度,纬度,营业时间,公开电话';
const CSV = [
  HEADER,
  `${creditCode('MAE2E0001')},青山导入测试超市,个体工商户,商场超市,城关镇,城关镇人民路1号,,,,`,
  // Everything wrong at once: the pre-check lists each problem under its column.
  `${creditCode('MAE2E0002').slice(0, 17)},乙,公司,航天,火星镇,短,200,abc,,电话`,
  `${creditCode('MAE2E0001')},重复的代码,,便利店,城关镇,城关镇人民路9号,,,,`,
].join('\n');

test('导入商家名录: every row is checked before sending; every problem is listed by column', async () => {
  const origin = e2e.server.origin;
  await signInNewStaff(origin, e2e.server.dataDir, 'merchant-import-staff');
  for (const mode of ['normal', 'large'] as const) {
    const page = await signedInStaff(
      e2e.browser,
      origin,
      'merchant-import-staff',
      mode === 'large',
    );
    await page.goto(`${origin}/features/merchants/pages/import/index`);
    await page.locator('input[type="file"]').setInputFiles({
      name: '名录.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV),
    });
    await page.getByText('需要修改的行').waitFor();
    const first = page.locator('.import-bad-rows__row').first();
    // 行业 and 镇街 are checked against the county's lists too (loaded with the page).
    await first.getByText('"火星镇"不在本县镇（街道）列表中').waitFor();
    expect(await first.locator('.import-bad-rows__column').allTextContents()).toEqual([
      '统一社会信用代码',
      '名称',
      '类型',
      '行业',
      '镇街',
      '地址',
      '经度',
      '纬度',
      '公开电话',
    ]);
    await expectNoSidewaysScroll(page, `${mode} pre-check`);
    expect(await overflowingChips(page, '.import-bad-rows__column, .nut-tag')).toEqual([]);
    await page.locator('.import__check').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${STAFF_SHOTS}/merchants-import-precheck-${mode}.png` });

    if (mode === 'normal') {
      // The server agrees: the good row goes in, the two bad ones come back with every problem.
      await button(page, '导入其余 1 行').click();
      await page.getByText('未导入的行').waitFor();
      const rejected = page.locator('.import__rejected .import-bad-rows__row');
      expect(await rejected.locator('.import-bad-rows__line').allTextContents()).toEqual([
        '第 3 行',
        '第 4 行',
      ]);
      expect(await rejected.first().locator('.import-bad-rows__problem').count()).toBe(9);
      await expectNoSidewaysScroll(page, 'after the import');
      await page.locator('.import__rejected').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${STAFF_SHOTS}/merchants-import-rejected.png` });
    }
    await page.context().close();
  }
}, 90_000);
