import { render, screen } from '@testing-library/react';
import dayjs from 'dayjs';
import type { PledgeSummary } from '@api/pledges';
import { taroTest } from './support/taro-mock';
import { PledgeSection } from '@/features/merchants/pages/detail/components/pledge-section';

const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD');
const label = (offset: number) => dayjs().add(offset, 'day').format('YYYY年M月D日');
const pledge = (patch: Partial<PledgeSummary> = {}): PledgeSummary => ({
  id: 'PLEDGE1',
  kind: 'offline-return',
  status: 'verified',
  certificateNo: 'QS-2027-TH-0001',
  signedAt: '2027-03-10T02:00:00.000Z',
  startsOn: day(-30),
  windowDays: 15,
  excluded: ['定制商品'],
  ...patch,
});

beforeEach(() => taroTest.reset());

describe('商家页面的退货承诺', () => {
  test('an announced withdrawal stays in force, saying from when and that earlier sales are covered', () => {
    render(
      <PledgeSection
        merchantId="M1"
        pledges={[pledge({ status: 'withdrawn', endedOn: day(7), endedReason: '店铺搬迁' })]}
      />,
    );
    expect(screen.getByText('撤回公示中')).toBeTruthy();
    expect(
      screen.getByText(`将于${label(7)}起撤回，此前购买的商品仍按承诺退货（店铺搬迁）`),
    ).toBeTruthy();
    // Still a pledge consumers can rely on: the complaint link stays.
    expect(screen.getByText('按承诺退货遇到问题？去投诉 ›')).toBeTruthy();
  });

  test('once the date has come it is withdrawn, and the complaint link goes', () => {
    render(
      <PledgeSection
        merchantId="M1"
        pledges={[pledge({ status: 'withdrawn', endedOn: day(0), endedReason: '店铺搬迁' })]}
      />,
    );
    expect(screen.getByText(`已撤回于${label(0)}：店铺搬迁`)).toBeTruthy();
    expect(screen.queryByText('撤回公示中')).toBeNull();
    expect(screen.queryByText('按承诺退货遇到问题？去投诉 ›')).toBeNull();
  });
});
