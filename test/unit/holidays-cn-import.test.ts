import {
  checkYear,
  noticeYear,
  parseDateList,
  parseNoticeText,
  type CalendarEntry,
} from '@/domain/calendar-import';
import { qingmingDates, statutoryHolidays } from '@/domain/calendar-statutory';
import { BUILT_IN_YEARS, CN_CALENDAR_2025, CN_CALENDAR_2026 } from '@/domain/holidays-cn';

/**
 * The notices' festival lines as published by 新华社 (copies: m.gmw.cn/2024-11/12/
 * content_1303894933.htm and politics.gmw.cn/2025-11/04/content_38391083.htm).
 */
const NOTICE_2025 = `国务院办公厅关于2025年部分节假日安排的通知
国办发明电〔2024〕12号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经党中央、国务院批准，根据2024年11月修订的《全国年节及纪念日放假办法》，自2025年1月1日起，全体公民放假的假日增加2天，其中春节、劳动节各增加1天。
按照上述原则，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
国务院办公厅
2024年11月12日`;

const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
国务院办公厅
2025年11月4日`;

const sorted = (entries: CalendarEntry[], kind: CalendarEntry['kind']) =>
  entries
    .filter((e) => e.kind === kind)
    .map((e) => e.date)
    .sort();

describe('parseNoticeText: the notice pasted gives exactly the built-in year', () => {
  test.each([
    [2025, NOTICE_2025, CN_CALENDAR_2025],
    [2026, NOTICE_2026, CN_CALENDAR_2026],
  ])('%i', (year, text, cal) => {
    const { entries, errors } = parseNoticeText(text, year);
    expect(errors).toEqual([]);
    expect(sorted(entries, 'holiday')).toEqual([...cal.holidays].sort());
    expect(sorted(entries, 'workday')).toEqual([...cal.workdays].sort());
    expect(noticeYear(text)).toBe(year);
  });

  test('ignores the heading, preamble and signature, and reads 补休 and full-width digits', () => {
    const { entries, errors } = parseNoticeText(
      '元旦：１月１日放假，１月２日（星期一）补休。\n国务院办公厅\n2016年12月1日',
      2017,
    );
    expect(errors).toEqual([]);
    expect(entries).toEqual([
      { date: '2017-01-01', kind: 'holiday' },
      { date: '2017-01-02', kind: 'holiday' },
    ]);
  });

  test('text without any festival line is an error', () => {
    expect(parseNoticeText('随便写的一段话', 2027).errors[0]).toContain('没有找到节日安排');
  });
});

describe('parseDateList', () => {
  test('reads 休/班 in several spellings and reports bad lines by number', () => {
    const { entries, errors } = parseDateList(
      '# 2027\n2027-01-01 休\n2027/2/6,班\n2027年2月7日 上班\n\n2027-02-30 休\n2027-03-01 放松',
    );
    expect(entries).toEqual([
      { date: '2027-01-01', kind: 'holiday' },
      { date: '2027-02-06', kind: 'workday' },
      { date: '2027-02-07', kind: 'workday' },
    ]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('第6行');
    expect(errors[1]).toContain('第7行');
  });
});

describe('checkYear', () => {
  test.each(BUILT_IN_YEARS.map((b) => [b.year, b.calendar] as const))(
    'built-in %i passes every check, statutory holidays included',
    (year, cal) => {
      const entries: CalendarEntry[] = [
        ...cal.holidays.map((date) => ({ date, kind: 'holiday' as const })),
        ...cal.workdays.map((date) => ({ date, kind: 'workday' as const })),
      ];
      const check = checkYear(year, entries);
      expect(check.errors).toEqual([]);
      expect(check.ok).toBe(true);
      expect(check.holidays).toEqual([...cal.holidays].sort());
    },
  );

  const base = parseNoticeText(NOTICE_2026, 2026).entries;

  test.each<[string, CalendarEntry[], string]>([
    [
      'a date of another year',
      [...base, { date: '2027-01-01', kind: 'holiday' }],
      '2027-01-01 不在2026年内',
    ],
    ['a date twice', [...base, { date: '2026-01-01', kind: 'holiday' }], '2026-01-01 出现了两次'],
    [
      'a 班 on a weekday',
      [...base, { date: '2026-03-02', kind: 'workday' }],
      '2026-03-02（周一）本来就是工作日',
    ],
    [
      'a statutory holiday missing (春节 初三)',
      base.filter((e) => e.date !== '2026-02-19'),
      '春节（农历正月初三） 2026-02-19 未标为“休”',
    ],
    [
      'a statutory holiday missing (清明)',
      base.filter((e) => e.date !== '2026-04-05'),
      '清明节（农历清明当日） 2026-04-05',
    ],
    ['nothing at all', [], '没有任何日期'],
  ])('%s is an error', (_name, entries, message) => {
    const check = checkYear(2026, entries);
    expect(check.ok).toBe(false);
    expect(check.errors.join('\n')).toContain(message);
  });

  test('weekend days marked 休 are fine, only noted', () => {
    const check = checkYear(2026, [...base, { date: '2026-03-07', kind: 'holiday' }]);
    expect(check.ok).toBe(true);
    expect(check.notes.join()).toContain('周末');
  });
});

describe('statutoryHolidays (《全国年节及纪念日放假办法》第二条)', () => {
  test.each([
    // 除夕 and 初一–初三, as the notices name them: 2025 "1月28日（农历除夕）", 2026 "2月15日（农历腊月二十八）".
    [2025, ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], '2025-05-31', '2025-10-06'],
    [2026, ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19'], '2026-06-19', '2026-09-25'],
  ])('%i: 春节 %j, 端午 %s, 中秋 %s', (year, spring, duanwu, midAutumn) => {
    const { holidays, lunarChecked } = statutoryHolidays(year);
    expect(lunarChecked).toBe(true);
    const byName = (n: string) => holidays.filter((h) => h.name.startsWith(n)).map((h) => h.date);
    expect(byName('春节')).toEqual(spring);
    expect(byName('端午')).toEqual([duanwu]);
    expect(byName('中秋')).toEqual([midAutumn]);
    expect(holidays).toHaveLength(13); // 1 + 4 + 1 + 2 + 1 + 1 + 3 days
  });

  test("清明 each year falls on April 4 or 5, inside the notices' 清明 days", () => {
    expect(qingmingDates(2025)).toContain('2025-04-04');
    expect(qingmingDates(2026)).toContain('2026-04-05');
    for (let y = 2020; y <= 2040; y += 1) {
      for (const d of qingmingDates(y)) expect([`${y}-04-04`, `${y}-04-05`]).toContain(d);
    }
  });
});
