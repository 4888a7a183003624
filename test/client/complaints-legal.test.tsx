import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ComplaintDetail } from '@api/complaints';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { REFUSAL_REASONS } from '@/domain/refusal-reasons';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { detail, sessionFor, summary } from './support/complaints-fixtures';
import ComplaintDetailPage from '@/features/complaints/pages/detail/index';
import QueuePage from '@/features/complaints/pages/queue/index';
import { Submitted } from '@/features/complaints/pages/new/result';
import {
  EMPTY_COMPLAINT_DRAFT,
  toCreateBody,
  validateComplaint,
} from '@/features/complaints/complaint-rules';
import { session } from '@/services/session';

// Issue 11: what the complaint pages tell people must be what the law and the profile say.
const ID = detail().id;
/** A county faster than the law: the pages must say its periods, not 7 and 60. */
const region: Region = {
  ...(seededRegion as Region),
  deadlines: { ...(seededRegion as Region).deadlines, acceptWorkingDays: 5, mediationDays: 45 },
};

beforeEach(() => {
  taroTest.reset();
  taroTest.setRouterParams({ id: ID });
  Object.assign(globalThis, {
    fetch: jest.fn(async () => ({ ok: true, status: 200, blob: async () => new Blob(['x']) })),
  });
  URL.createObjectURL = jest.fn(() => 'blob:photo');
});

const serve = (complaint: ComplaintDetail) =>
  fakeApi({ 'GET /region': ok(region), [`GET /complaints/${ID}`]: ok(complaint) });
const OLD = { pastThreeYears: true, purchaseDate: '2022-05-01', discoveredOn: '2022-06-01' };
const WARNING = /可能已超过三年/;
const CALENDAR = '2027年节假日安排未导入，期限按周一至周五计算，可能有误';

describe('投诉详情: deadlines from the county profile, the day itself counting', () => {
  beforeEach(() => session.save(sessionFor('consumer')));

  test('acceptance: the profile’s working days, and the date marked （含）', async () => {
    serve(detail());
    render(<ComplaintDetailPage />);
    expect(await screen.findByText('受理期限：2026年3月24日（含）')).toBeTruthy();
    expect(
      await screen.findByText('市场监管部门自收到投诉之日起5个工作日内决定是否受理。'),
    ).toBeTruthy();
    expect(screen.queryByText(/7个工作日/)).toBeNull();
  });

  test('mediation: the profile’s days, and only with both sides’ consent', async () => {
    serve(detail({ status: 'accepted', mediationDeadline: '2026-04-29' }));
    render(<ComplaintDetailPage />);
    expect(await screen.findByText('调解期限：2026年4月29日（含）')).toBeTruthy();
    expect(await screen.findByText(/经双方同意调解的，自受理之日起45日内调解完毕/)).toBeTruthy();
    expect(screen.queryByText(/60日/)).toBeNull();
  });

  test('a refusal names its 第十五条 ground and the 实施条例 第四十六条 duty behind the routes', async () => {
    const routes = [...REFUSAL_REASONS['not-in-scope'].routes];
    serve(
      detail({
        status: 'rejected',
        outcome: {
          status: 'rejected',
          reason: REFUSAL_REASONS['not-in-scope'].words,
          rejectReason: 'not-in-scope',
          otherRoutes: routes,
        },
      }),
    );
    render(<ComplaintDetailPage />);
    // The ground's article is a tap to its words (普法).
    const basis = await screen.findByText('《市场监督管理投诉举报处理暂行办法》第十五条');
    expect(basis.parentElement!.textContent).toBe(
      '依据：《市场监督管理投诉举报处理暂行办法》第十五条（一）',
    );
    fireEvent.click(basis);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/law/pages/article/index?law=complaint-report-measures&no=15',
    });
    expect(screen.getByText(/《消费者权益保护法实施条例》第四十六条/)).toBeTruthy();
    expect(screen.getByText(`· ${routes[0]}`)).toBeTruthy();
  });

  test('the consumer does not see the staff warning about three years', async () => {
    serve(detail(OLD));
    render(<ComplaintDetailPage />);
    expect(await screen.findByText('发现问题日期')).toBeTruthy();
    expect(screen.getByText('2022年6月1日')).toBeTruthy();
    expect(screen.queryByText(WARNING)).toBeNull();
  });
});

describe('投诉详情 — staff: 第十五条(四) is a warning and a reason ready to pick', () => {
  beforeEach(() => session.save(sessionFor('staff')));

  test('the warnings show, and the refusal dialog offers （四） first with its routes', async () => {
    serve(detail({ ...OLD, calendarWarning: CALENDAR, allowedActions: ['accept', 'reject'] }));
    render(<ComplaintDetailPage />);
    expect(await screen.findByText(WARNING)).toBeTruthy();
    expect(screen.getByText(`⚠ ${CALENDAR}`)).toBeTruthy();
    fireEvent.click(screen.getByText('不予受理'));
    const dialog = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.complaint-action');
      if (!found) throw new Error('no dialog');
      return found;
    });
    const choices = Array.from(dialog.querySelectorAll('.nut-radio')).map((r) => r.textContent);
    expect(choices[0]).toBe(`（四）${REFUSAL_REASONS['over-three-years'].words}`);
    expect(within(dialog).getByText(/距收到投诉已超过三年，请核实。/)).toBeTruthy();
    expect(within(dialog).getByText(/实施条例》第四十六条/)).toBeTruthy();

    fireEvent.click(within(dialog).getByText(choices[0]!));
    for (const route of REFUSAL_REASONS['over-three-years'].routes) {
      expect(await within(dialog).findByText(`· ${route}`)).toBeTruthy();
    }
  });

  test('no warning for a recent purchase; the reasons keep the 第十五条 order', async () => {
    serve(detail({ allowedActions: ['reject'] }));
    render(<ComplaintDetailPage />);
    fireEvent.click(await screen.findByText('不予受理'));
    await screen.findByText(/第十五条选择情形/);
    const first = document.querySelector('.complaint-action .nut-radio')?.textContent;
    expect(first).toBe(`（一）${REFUSAL_REASONS['not-in-scope'].words}`);
    expect(screen.queryByText(WARNING)).toBeNull();
  });
});

test('投诉处理: the queue shows the three-year and calendar warnings on the complaints they concern', async () => {
  session.save(sessionFor('staff'));
  fakeApi({
    'GET /region': ok(region),
    'GET /complaints': ok({
      items: [
        summary(1, { pastThreeYears: true }),
        summary(2),
        summary(3, { calendarWarning: CALENDAR }),
      ],
      nextCursor: null,
    }),
  });
  render(<QueuePage />);
  const old = within(await screen.findByLabelText('投诉 TS202603150001'));
  expect(old.getByText(WARNING)).toBeTruthy();
  const plain = within(screen.getByLabelText('投诉 TS202603150002'));
  expect(plain.queryByText(WARNING)).toBeNull();
  expect(plain.queryByText(/节假日安排未导入/)).toBeNull();
  expect(
    within(screen.getByLabelText('投诉 TS202603150003')).getByText(`⚠ ${CALENDAR}`),
  ).toBeTruthy();
});

describe('我要投诉: when the problem was discovered', () => {
  const draft = {
    ...EMPTY_COMPLAINT_DRAFT,
    merchantId: '01JMERCHANT000000000000001',
    merchantName: '青山惠民超市',
    merchantAddress: '城关镇人民路1号',
    category: '价格' as const,
    purchaseDate: '2026-03-10',
    amount: '12.30',
    facts: '购买的电饭煲使用三天后无法加热，联系商家要求退货被拒绝。',
    kinds: ['退款' as const],
    name: '张三',
    phone: '13800138000',
    address: '城关镇幸福小区3栋',
    consent: true,
  };

  test('optional for a recent purchase; an old one is accepted with it, not refused', () => {
    expect(validateComplaint(draft, '2026-03-15')).toEqual({});
    const old = { ...draft, purchaseDate: '2022-05-01' };
    expect(validateComplaint(old, '2026-03-15').discoveredOn).toBe(
      '消费已超过三年，请选择发现问题的日期',
    );
    expect(validateComplaint(old, '2026-03-15').purchaseDate).toBeUndefined();
    expect(validateComplaint({ ...old, discoveredOn: '2026-02-01' }, '2026-03-15')).toEqual({});
    expect(toCreateBody({ ...old, discoveredOn: '2026-02-01' }, false).discoveredOn).toBe(
      '2026-02-01',
    );
    expect(toCreateBody({ ...draft, discoveredOn: '' }, false).discoveredOn).toBeUndefined();
  });

  test('not after today, not before the purchase', () => {
    expect(validateComplaint({ ...draft, discoveredOn: '2026-03-16' }, '2026-03-15')).toEqual({
      discoveredOn: '发现问题的日期不能晚于今天',
    });
    expect(validateComplaint({ ...draft, discoveredOn: '2026-03-09' }, '2026-03-15')).toEqual({
      discoveredOn: '发现问题的日期不能早于消费日期',
    });
  });
});

describe('投诉已提交: promises only what will happen', () => {
  const created = { id: ID, trackingNo: 'TS202603150001', acceptDeadline: '2026-03-24' };

  test('without a subscription: no WeChat promise; 我的投诉 and the message centre', () => {
    render(<Submitted created={created} subscribed={false} />);
    expect(screen.getByText('市场监管部门将于 2026年3月24日（含）前决定是否受理')).toBeTruthy();
    const note = screen.getByText(
      /处理进展可随时在「我的 → 我的投诉」查看，每次状态变化也会发到「我的 → 消息」/,
    );
    expect(note.textContent).not.toMatch(/微信/);
  });

  test('with one: says the WeChat reminder too', () => {
    render(<Submitted created={created} subscribed />);
    expect(screen.getByText(/您已允许微信服务通知/)).toBeTruthy();
    act(() => fireEvent.click(screen.getByText('查看进度')));
    expect(Taro.redirectTo).toHaveBeenCalled();
  });
});
