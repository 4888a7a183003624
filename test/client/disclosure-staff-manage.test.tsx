import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import type { CreateBatchBody } from '@api/disclosure';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fail, fakeApi, ok } from './support/api-fake';
import { batchCard, staffSession } from './support/disclosure-staff-fixtures';
import ManagePage from '@/features/disclosure/pages/manage/index';
import { disclosureRoutes } from '@/features/disclosure/routes';
import { presetDraft } from '@/features/disclosure/staff-components/batch-presets';
import { session } from '@/services/session';

const region = seededRegion as Region;
const DRAFT = 'fx.draft.disclosure-batch';
// Only the clock is faked: promises and NutUI's timers run as usual.
const REAL_TIMERS = [
  'nextTick',
  'setImmediate',
  'clearImmediate',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'hrtime',
  'performance',
] as const;

beforeEach(() => {
  jest.useFakeTimers({ now: new Date('2027-04-10T02:00:00Z'), doNotFake: [...REAL_TIMERS] });
  taroTest.reset();
  session.save(staffSession);
});
afterEach(() => jest.useRealTimers());

/** The list by status and the create route; returns the statuses asked for and what was sent. */
function serve(
  create: () => ReturnType<typeof ok> = () => ({
    statusCode: 201,
    data: { id: 'NEW1', status: 'draft' },
  }),
) {
  const asked: string[] = [];
  const created: { body: CreateBatchBody; key: string }[] = [];
  fakeApi({
    'GET /region': ok(region),
    'GET /disclosure/manage': (options) => {
      const status = new URL(options.url, 'http://app.test').searchParams.get('status') ?? '';
      asked.push(status || 'all');
      if (status === '' || status === 'notice') {
        return ok({
          items: [
            batchCard(1, {
              status: 'notice',
              pendingResponses: 2,
              objectionDeadline: '2027-04-16',
              version: 2,
            }),
          ],
          nextCursor: null,
        });
      }
      return ok({ items: [], nextCursor: null });
    },
    'POST /disclosure/batches': (options) => {
      created.push({
        body: options.data as CreateBatchBody,
        key: options.header!['Idempotency-Key'],
      });
      return create();
    },
  });
  return { asked, created };
}

const titleInput = () =>
  waitFor(() => {
    const found = document.querySelector<HTMLInputElement>('input[name="title"]');
    if (!found) throw new Error('no title input');
    return found;
  });
const titleIs = (title: string) =>
  waitFor(async () => expect((await titleInput()).value).toBe(title));

describe('投诉公示管理', () => {
  test('shows every batch first; a card has its period, version, counts, pending and deadline', async () => {
    const { asked } = serve();
    render(<ManagePage />);
    expect(await screen.findByText(batchCard(1).title)).toBeTruthy();
    expect(screen.getByText('2027年1月1日–3月31日')).toBeTruthy();
    expect(screen.getByText('第2版')).toBeTruthy();
    expect(screen.getByText('候选 12')).toBeTruthy();
    expect(screen.getByText('公示 9')).toBeTruthy();
    expect(screen.getByText('排除 3')).toBeTruthy();
    expect(screen.getByText('2条回应待处理')).toBeTruthy();
    expect(screen.getByText('异议截止 4月16日')).toBeTruthy();

    fireEvent.click(screen.getByText('草稿'));
    expect(await screen.findByText('没有草稿')).toBeTruthy();
    fireEvent.click(screen.getByText('待审批'));
    expect(await screen.findByText('没有待审批的批次')).toBeTruthy();
    expect(asked).toEqual(['all', 'draft', 'submitted']);

    fireEvent.click(screen.getByText('全部'));
    fireEvent.click(await screen.findByText(batchCard(1).title));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: disclosureRoutes.review(batchCard(1).id),
    });
  });

  test('presets fill the title, kind and dates: 上季度, 上月, 3·15专题 from the profile', async () => {
    serve();
    render(<ManagePage />);
    fireEvent.click(screen.getByText('新建公示批次'));
    fireEvent.click(screen.getByText('上季度'));
    await titleIs('2027年第一季度投诉信息公示');
    expect(screen.getByText('2027年1月1日')).toBeTruthy();
    expect(screen.getByText('2027年3月31日')).toBeTruthy();

    fireEvent.click(screen.getByText('上月'));
    await titleIs('2027年3月投诉信息公示');
    expect(screen.getByText('2027年3月1日')).toBeTruthy();

    // The profile's event is 2027-03-15: the 30 days before it, up to that day.
    await waitFor(() => expect(taroTest.storage.has('fx.region')).toBe(true));
    fireEvent.click(screen.getByText('3·15专题'));
    await titleIs('2027年3·15专题投诉信息公示');
    expect(screen.getByText('2027年2月13日')).toBeTruthy();
    expect(screen.getByText('2027年3月15日')).toBeTruthy();
    expect(document.querySelector('.nut-radio-button-active')?.textContent).toBe('专题公示');
  });

  test('the draft survives a remount and a failure; one Idempotency-Key; then the review opens', async () => {
    let reply = () =>
      fail(409, 'CONFLICT', '该时间段已有未发布的公示批次') as ReturnType<typeof ok>;
    const { created } = serve(() => reply());
    const first = render(<ManagePage />);
    fireEvent.click(screen.getByText('新建公示批次'));
    fireEvent.click(screen.getByText('上季度'));
    fireEvent.input(await titleInput(), { target: { value: '2027年一季度消费投诉信息公示' } });
    await waitFor(() => expect(taroTest.storage.has(DRAFT)).toBe(true));
    first.unmount();

    const second = render(<ManagePage />);
    // The form opens by itself with what was typed.
    await titleIs('2027年一季度消费投诉信息公示');
    fireEvent.click(screen.getByText('生成公示批次'));
    expect(await screen.findByText('该时间段已有未发布的公示批次')).toBeTruthy();
    expect(taroTest.storage.has(DRAFT)).toBe(true);
    second.unmount();

    render(<ManagePage />);
    reply = () => ({ statusCode: 201, data: { id: 'NEW1', status: 'draft' } });
    fireEvent.click(screen.getByText('生成公示批次'));
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: disclosureRoutes.review('NEW1') }),
    );
    expect(created.map((c) => c.body)).toEqual([
      {
        title: '2027年一季度消费投诉信息公示',
        kind: 'period',
        periodFrom: '2027-01-01',
        periodTo: '2027-03-31',
      },
      {
        title: '2027年一季度消费投诉信息公示',
        kind: 'period',
        periodFrom: '2027-01-01',
        periodTo: '2027-03-31',
      },
    ]);
    expect(new Set(created.map((c) => c.key)).size).toBe(1);
    expect(taroTest.storage.has(DRAFT)).toBe(false);
    expect(screen.getByText('新建公示批次')).toBeTruthy(); // the form closed
  });

  test('nothing is sent while a field is wrong; each problem shows next to its field', async () => {
    const { created } = serve();
    render(<ManagePage />);
    fireEvent.click(screen.getByText('新建公示批次'));
    fireEvent.input(await titleInput(), { target: { value: '公示' } });
    fireEvent.click(screen.getByText('生成公示批次'));
    expect(await screen.findByText('请填写标题（至少4个字）')).toBeTruthy();
    expect(screen.getByText('请选择开始日期')).toBeTruthy();
    expect(screen.getByText('请选择结束日期')).toBeTruthy();
    expect(created).toHaveLength(0);
  });

  test('a server field problem shows next to its field', async () => {
    serve(
      () =>
        ({
          statusCode: 400,
          data: {
            code: 'VALIDATION',
            message: '请检查填写',
            fields: { periodTo: '一批最长覆盖366天' },
          },
        }) as ReturnType<typeof ok>,
    );
    render(<ManagePage />);
    fireEvent.click(screen.getByText('新建公示批次'));
    fireEvent.click(screen.getByText('上季度'));
    fireEvent.click(screen.getByText('生成公示批次'));
    const problem = await screen.findByText('一批最长覆盖366天');
    expect(problem.closest('.form-field')?.textContent).toContain('结束日期');
  });

  test('a consumer is asked to sign in as staff', async () => {
    session.save({ ...staffSession, user: { ...staffSession.user, role: 'consumer' } });
    serve();
    render(<ManagePage />);
    expect(await screen.findByText('仅工作人员可用')).toBeTruthy();
  });
});

describe('batch presets', () => {
  test('an event still ahead is taken from the year before; quarters roll over the year', () => {
    expect(presetDraft('event', dayjs('2027-01-20'), '2027-03-15')).toEqual({
      title: '2026年3·15专题投诉信息公示',
      kind: 'topic',
      periodFrom: '2026-02-13',
      periodTo: '2026-03-15',
    });
    expect(presetDraft('quarter', dayjs('2027-02-01'))).toMatchObject({
      title: '2026年第四季度投诉信息公示',
      periodFrom: '2026-10-01',
      periodTo: '2026-12-31',
    });
    expect(presetDraft('month', dayjs('2027-01-05'))).toMatchObject({
      title: '2026年12月投诉信息公示',
      periodFrom: '2026-12-01',
      periodTo: '2026-12-31',
    });
  });
});
