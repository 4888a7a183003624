import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import Taro from '@tarojs/taro';
import type { RosterBody } from '@api/disclosure';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { dutyView, staffSession, thisYear } from './support/disclosure-follow-up-fixtures';
import DutyPage from '@/features/disclosure/pages/duty/index';
import { complaintRoutes } from '@/features/complaints';
import { session } from '@/services/session';

/** The day's label on the page, e.g. 3月16日 周一 (the weekday of this year's date). */
const DAY = `3月16日 周${'日一二三四五六'[dayjs(thisYear('03-16')).day()]}`;

beforeEach(() => {
  taroTest.reset();
  session.save(staffSession);
});

const type = (label: string, value: string) =>
  fireEvent.input(
    screen.getByLabelText(label).querySelector('input') ?? screen.getByLabelText(label),
    {
      target: { value },
    },
  );

describe('3·15值班值守', () => {
  test('who is on duty, today by status, what is due (overdue in red), what rises, 督办', async () => {
    fakeApi({ 'GET /disclosure/duty': ok(dutyView()) });
    render(<DutyPage />);

    expect(
      await screen.findByText('张科长（带班）、李干事', { selector: '.duty__names' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByText('值班电话 0851-12345'));
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0851-12345' });
    expect(within(screen.getByLabelText('本周排班')).getByText('未排班')).toBeTruthy();

    expect(screen.getByText('今日投诉 9 件')).toBeTruthy();
    expect(within(screen.getByLabelText('待受理')).getByText('7')).toBeTruthy();

    expect(screen.getByText('即将到期 2 件')).toBeTruthy();
    const overdue = screen.getAllByText('已逾期（期限3月13日）')[0];
    expect(overdue.className).toContain('duty__overdue');
    expect(screen.getByText('3月17日到期').className).toContain('duty__due');
    fireEvent.click(screen.getAllByLabelText('投诉 TS202603020002')[0]);
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: complaintRoutes.detail('01JCOMPLAINT00000000000002'),
    });

    expect(screen.getByText('青山惠民超市', { selector: '.duty__rising-name' })).toBeTruthy();
    expect(screen.getByText(/近7天12件 \/ 前7天4件/)).toBeTruthy();
    expect(screen.getByText('↑8', { exact: false })).toBeTruthy();

    expect(screen.getByText('督办中 1 件')).toBeTruthy();
    expect(screen.getByText(/赵局长 .* 督办：涉及老年消费者，请尽快调解/)).toBeTruthy();
  });

  test('pull-to-refresh loads the view again', async () => {
    const { calls } = fakeApi({
      'GET /disclosure/duty': [
        ok(dutyView()),
        ok(dutyView({ todayByStatus: [{ status: 'submitted', count: 12 }] })),
      ],
    });
    render(<DutyPage />);
    expect(await screen.findByText('今日投诉 9 件')).toBeTruthy();
    act(() => taroTest.pullDownRefresh());
    expect(await screen.findByText('今日投诉 12 件')).toBeTruthy();
    expect(calls.filter((call) => call === 'GET /disclosure/duty')).toHaveLength(2);
    await waitFor(() => expect(Taro.stopPullDownRefresh).toHaveBeenCalled());
  });

  test('the roster is edited per day, checked, saved, and its answer replaces the view', async () => {
    const sent: RosterBody[] = [];
    fakeApi({
      'GET /disclosure/duty': ok(dutyView()),
      'PUT /disclosure/duty/roster': (options) => {
        sent.push(options.data as RosterBody);
        const week = dutyView().week.map((day) =>
          day.date === thisYear('03-16') ? { ...day, staff: ['周干事', '吴干事'] } : day,
        );
        return ok(dutyView({ week }));
      },
    });
    render(<DutyPage />);
    fireEvent.click(await screen.findByText('编辑排班'));
    type(`${DAY}值班人员`, '周干事、吴干事');
    type(`${DAY}值班电话`, '12315转8');
    fireEvent.click(screen.getByText('保存排班'));
    expect(await screen.findByText('值班电话只能填数字和“-”，3–20位')).toBeTruthy();
    expect(sent).toHaveLength(0);

    type(`${DAY}值班电话`, '');
    fireEvent.click(screen.getByText('保存排班'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].days).toEqual([
      { date: thisYear('03-14'), staff: ['王科长'] },
      { date: thisYear('03-15'), staff: ['张科长（带班）', '李干事'], phone: '0851-12345' },
      { date: thisYear('03-16'), staff: ['周干事', '吴干事'] },
    ]);
    expect(await screen.findByText('周干事、吴干事')).toBeTruthy();
    expect(screen.queryByText('保存排班')).toBeNull();
  });
});
