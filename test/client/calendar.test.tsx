import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { CalendarImportBody, CalendarImportResult, CalendarYearList } from '@api/calendar';
import { CN_CALENDAR_2026 } from '@/domain/holidays-cn';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { staffSession } from './support/quiz-staff-fixtures';
import CalendarPage from '@/features/calendar/pages/index/index';
import { runs } from '@/features/calendar/components/import-preview';
import MePage from '@/pages/me/index';
import { session } from '@/services/session';

const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。`;

const LIST: CalendarYearList = {
  items: [
    {
      year: 2025,
      source: '国务院办公厅关于2025年部分节假日安排的通知　国办发明电〔2024〕12号',
      holidays: 28,
      workdays: 5,
      importedAt: null,
      importedBy: null,
    },
    {
      year: 2026,
      source: '国务院办公厅关于2026年部分节假日安排的通知',
      holidays: 33,
      workdays: 6,
      importedAt: '2026-11-05T02:30:00.000Z',
      importedBy: 'calendar.zhang',
    },
  ],
  missing: [2027],
};

const result = (patch: Partial<CalendarImportResult> = {}): CalendarImportResult => ({
  year: 2026,
  saved: false,
  errors: [],
  notes: [],
  holidays: [...CN_CALENDAR_2026.holidays],
  workdays: [...CN_CALENDAR_2026.workdays],
  replaces: true,
  ...patch,
});

const button = (label: string) => screen.getByText(label).closest('.nut-button') as HTMLElement;
const disabled = (label: string) => button(label).classList.contains('nut-button-disabled');
const field = (container: HTMLElement, name: string) =>
  container.querySelector<HTMLInputElement | HTMLTextAreaElement>(
    `input[name="${name}"], textarea[name="${name}"]`,
  )!;
/** Taro's web components render their inner input a tick later: wait for it. */
const findField = (container: HTMLElement, name: string) =>
  waitFor(() => {
    const found = field(container, name);
    if (!found) throw new Error(`no field ${name}`);
    return found;
  });

let showModal: jest.Mock;
beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
  showModal = jest.fn(async () => ({ confirm: true, cancel: false }));
  (Taro as unknown as { showModal: jest.Mock }).showModal = showModal;
});

describe('节假日日历', () => {
  test('lists the years with their source and who imported them; warns that 2027 is missing', async () => {
    fakeApi({ 'GET /calendar/years': ok(LIST) });
    render(<CalendarPage />);
    expect(await screen.findByText('2025年')).toBeTruthy();
    expect(screen.getByText(/来源：.*国办发明电〔2024〕12号/)).toBeTruthy();
    expect(screen.getByText('随系统内置')).toBeTruthy();
    expect(screen.getByText('calendar.zhang 于 2026-11-05 10:30 导入')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(
      '2027年节假日安排未导入：该年的期限按周一至周五计算，可能有误。国务院办公厅通知发布后请在下方导入。',
    );
  });

  test('a load failure offers a retry that works', async () => {
    fakeApi({ 'GET /calendar/years': [fail(500, 'INTERNAL', '服务暂不可用'), ok(LIST)] });
    render(<CalendarPage />);
    expect(await screen.findByText('服务暂不可用')).toBeTruthy();
    fireEvent.click(button('重试'));
    expect(await screen.findByText('2026年')).toBeTruthy();
  });

  test('paste the notice: year filled in, checked as typed, previewed, confirmed, imported', async () => {
    const sent: CalendarImportBody[] = [];
    fakeApi({
      'GET /calendar/years': ok(LIST),
      'PUT /calendar/years/2026': (o) => {
        const body = o.data as CalendarImportBody;
        sent.push(body);
        return ok(result({ saved: !body.dryRun }));
      },
    });
    const { container } = render(<CalendarPage />);
    await screen.findByText('2025年');
    expect(disabled('预览')).toBe(true);
    fireEvent.input(await findField(container, 'text'), { target: { value: NOTICE_2026 } });
    await waitFor(() => expect(field(container, 'year').value).toBe('2026'));
    fireEvent.input(await findField(container, 'source'), {
      target: { value: '国务院办公厅关于2026年部分节假日安排的通知' },
    });
    expect(await screen.findByText('✓ 识别到 39 个日期，可以预览')).toBeTruthy();
    expect(disabled('导入')).toBe(true); // preview first

    fireEvent.click(button('预览'));
    expect(await screen.findByText('预览：2026年')).toBeTruthy();
    expect(screen.getByText('02-15 至 02-23（9天）')).toBeTruthy();
    expect(screen.getByText('01-04（周日）')).toBeTruthy();
    expect(screen.getByText(/将整体替换/)).toBeTruthy();
    await waitFor(() => expect(disabled('导入')).toBe(false));

    fireEvent.click(button('导入'));
    expect(await screen.findByText('已导入2026年节假日安排')).toBeTruthy();
    expect(showModal).toHaveBeenCalled();
    expect(sent.map((b) => [b.format, b.dryRun])).toEqual([
      ['notice', true],
      ['notice', false],
    ]);
    expect(sent[1].text).toBe(NOTICE_2026);
  });

  test('a date list with a weekday 班 is flagged as typed; the server preview lists the errors', async () => {
    fakeApi({
      'GET /calendar/years': ok(LIST),
      'PUT /calendar/years/2027': ok(
        result({ year: 2027, errors: ['2027-03-01（周一）本来就是工作日，不能标为“班”'] }),
      ),
    });
    const { container } = render(<CalendarPage />);
    await screen.findByText('2025年');
    fireEvent.click(screen.getByText('日期列表'));
    fireEvent.input(await findField(container, 'year'), { target: { value: '2027' } });
    fireEvent.input(await findField(container, 'source'), { target: { value: '测试来源文字' } });
    fireEvent.input(await findField(container, 'text'), { target: { value: '2027-03-01 班' } });
    expect(await screen.findByText(/识别到 1 个日期，有 \d+ 处需要修改/)).toBeTruthy();
    fireEvent.click(button('预览'));
    expect(await screen.findByText('2027年有 1 处需要修改')).toBeTruthy();
    expect(screen.getByText('2027-03-01（周一）本来就是工作日，不能标为“班”')).toBeTruthy();
    expect(disabled('导入')).toBe(true);
  });

  test('changing the text after a preview asks for a new preview', async () => {
    fakeApi({ 'GET /calendar/years': ok(LIST), 'PUT /calendar/years/2026': ok(result()) });
    const { container } = render(<CalendarPage />);
    await screen.findByText('2025年');
    fireEvent.input(await findField(container, 'text'), { target: { value: NOTICE_2026 } });
    fireEvent.input(await findField(container, 'source'), {
      target: { value: '国务院办公厅通知' },
    });
    await waitFor(() => expect(disabled('预览')).toBe(false));
    fireEvent.click(button('预览'));
    await screen.findByText('预览：2026年');
    fireEvent.input(await findField(container, 'text'), { target: { value: `${NOTICE_2026}\n` } });
    await waitFor(() => expect(screen.queryByText('预览：2026年')).toBeNull());
    expect(disabled('导入')).toBe(true);
  });

  test('not staff: the gate', () => {
    session.clear();
    render(<CalendarPage />);
    expect(screen.getByText('仅工作人员可用')).toBeTruthy();
  });

  test('我的 → 节假日日历 for staff', () => {
    fakeApi({});
    render(<MePage />);
    fireEvent.click(screen.getByText('节假日日历'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/calendar/pages/index/index' });
  });

  test('runs: consecutive dates as one run', () => {
    expect(runs(['2026-02-15', '2026-02-16', '2026-02-17', '2026-04-04'])).toEqual([
      '02-15 至 02-17（3天）',
      '04-04（周六）',
    ]);
  });
});
