import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import { reportId, staffSummary } from './support/reports-staff-fixtures';
import QueuePage from '@/features/reports/pages/queue/index';
import { reportRoutes } from '@/features/reports/routes';
import { session } from '@/services/session';

const region = seededRegion as Region;
const CAMPAIGN = { id: '01JCAMPAIGN000000000000001', name: '农资打假专项行动' };

beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('staff'));
});

/** The queue and the campaigns to filter by; returns each query the queue was asked with. */
function serve() {
  const queries: Record<string, string>[] = [];
  fakeApi({
    'GET /region': ok(region),
    'GET /campaigns': ok({
      items: [
        {
          ...CAMPAIGN,
          periodFrom: '2027-03-01',
          periodTo: '2027-04-30',
          phase: 'active',
          leadUnit: '县市场监管局',
          summary: '查处假劣农资',
          reportable: ['假化肥'],
        },
      ],
      nextCursor: null,
    }),
    'GET /reports': (options) => {
      const query = Object.fromEntries(new URL(options.url, 'http://app.test').searchParams);
      queries.push(query);
      if (query.cursor) return ok({ items: [staffSummary(4)], nextCursor: null });
      return ok({
        items: [
          staffSummary(1, { workingDaysLeft: -2, photoCount: 3, reporterKind: 'anonymous' }),
          staffSummary(2, { workingDaysLeft: 1, extended: true, campaignName: CAMPAIGN.name }),
          staffSummary(3, { status: 'case-opened', workingDaysLeft: undefined, malicious: true }),
        ],
        nextCursor: 'C2',
      });
    },
  });
  return queries;
}

/** The search box's native <input>: Taro's web component adds it once connected. */
const searchInput = () =>
  waitFor(() => {
    const found = document.querySelector(
      '.report-filters__input input, input.report-filters__input',
    );
    if (!found) throw new Error('no search input yet');
    return found;
  });

const card = (reportNo: string) => screen.getByLabelText(`举报 ${reportNo}`);

test('rows by deadline: number, kind, photos, campaign, status and the working-day marks', async () => {
  const queries = serve();
  render(<QueuePage />);
  await screen.findByText('青山农资经营部1号店');
  expect(queries[0]).toEqual({});

  const first = within(card('JB20270315-0001'));
  expect(first.getByText('JB20270315-0001 · 匿名举报 · 照片3张')).toBeTruthy();
  expect(first.getByText('已逾期2个工作日').className).toContain('report-deadline__mark--overdue');
  expect(first.getByText(/^核查期限 (2027年)?4月6日$/)).toBeTruthy();
  expect(first.getByText('待核查')).toBeTruthy();

  const second = within(card('JB20270315-0002'));
  expect(second.getByText('剩1个工作日').className).toContain('report-deadline__mark--due-soon');
  expect(second.getByText('已延期')).toBeTruthy();
  expect(second.getByText('城关镇 · 农资打假专项行动')).toBeTruthy();
  expect(second.getByText('JB20270315-0002 · 实名举报')).toBeTruthy();

  const third = within(card('JB20270315-0003'));
  expect(third.getByText('已立案')).toBeTruthy();
  expect(third.getByText('恶意举报')).toBeTruthy();
  expect(third.queryByText(/工作日/)).toBeNull();

  act(() => taroTest.reachBottom());
  expect(await screen.findByText('青山农资经营部4号店')).toBeTruthy();
  expect(queries.at(-1)).toEqual({ cursor: 'C2' });
});

test('each filter changes the query; 清除筛选 starts over', async () => {
  const queries = serve();
  render(<QueuePage />);
  await screen.findByText('青山农资经营部1号店');
  const last = () => queries.at(-1);

  fireEvent.click(screen.getByText('待核查', { selector: '.filter-chips__chip' }));
  await waitFor(() => expect(last()).toEqual({ status: 'received' }));
  fireEvent.click(screen.getByText('已逾期', { selector: '.filter-chips__chip' }));
  await waitFor(() => expect(last()).toEqual({ status: 'received', overdue: 'true' }));
  fireEvent.click(screen.getByText('恶意举报', { selector: '.filter-chips__chip' }));
  await waitFor(() =>
    expect(last()).toEqual({ status: 'received', overdue: 'true', malicious: 'true' }),
  );
  // Tapping a chosen chip again lets it go.
  fireEvent.click(screen.getByText('已逾期', { selector: '.filter-chips__chip' }));
  await waitFor(() => expect(last()).toEqual({ status: 'received', malicious: 'true' }));

  await waitFor(() => expect(screen.getByLabelText('选择专项整治')).toBeTruthy());
  fireEvent.click(screen.getByLabelText('选择专项整治'));
  fireEvent.click(await screen.findByText('确认'));
  await waitFor(() => expect(last()?.campaignId).toBe(CAMPAIGN.id));
  await waitFor(() => expect(document.querySelector('.nut-picker')).toBeNull());

  fireEvent.click(screen.getByLabelText('选择镇街'));
  fireEvent.click(await screen.findByText('确认'));
  await waitFor(() => expect(last()?.town).toBe(region.towns[0]));

  fireEvent.input(await searchInput(), { target: { value: '复合肥' } });
  await waitFor(() =>
    expect(last()).toEqual({
      status: 'received',
      malicious: 'true',
      campaignId: CAMPAIGN.id,
      town: region.towns[0],
      q: '复合肥',
    }),
  );

  fireEvent.click(screen.getByText('清除筛选'));
  await waitFor(() => expect(last()).toEqual({}));
});

test('a row opens 办理举报', async () => {
  serve();
  render(<QueuePage />);
  fireEvent.click(await screen.findByText('青山农资经营部2号店'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: reportRoutes.handle(reportId(2)) });
});

test('not staff: asks for a staff sign-in and loads nothing', () => {
  session.save(sessionFor('consumer'));
  const queries = serve();
  render(<QueuePage />);
  expect(screen.getByText('仅工作人员可用')).toBeTruthy();
  expect(queries).toHaveLength(0);
});
