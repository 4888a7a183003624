import { fireEvent, render, screen, within } from '@testing-library/react';
import type { TerminationNotices } from '@api/messages';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { detail, sessionFor } from './support/complaints-fixtures';
import ComplaintDetailPage from '@/features/complaints/pages/detail/index';
import { session } from '@/services/session';

const terminated = detail({ status: 'terminated' });
const ID = terminated.id;
const NOTICES = `GET /complaints/${ID}/termination-notices`;
const RECORD = `POST /complaints/${ID}/termination-notices`;

const notices = (
  merchant: Partial<TerminationNotices['sides'][number]> = {},
): TerminationNotices => ({
  applies: true,
  terminatedAt: '2026-09-29T02:00:00.000Z',
  dueOn: '2026-10-14',
  sides: [
    {
      side: 'complainant',
      method: 'in-app',
      notifiedAt: '2026-09-29T02:00:00.000Z',
      note: null,
      overdue: false,
    },
    { side: 'merchant', method: null, notifiedAt: null, note: null, overdue: true, ...merchant },
  ],
});

/** First renders on a busy 2-core machine can take over a second. */

beforeEach(() => {
  taroTest.reset();
  taroTest.setRouterParams({ id: ID });
});

describe('第二十一条 termination notices on the complaint (staff)', () => {
  test('shows who was told and when, the deadline, an overdue mark, and records a phone call', async () => {
    session.save(sessionFor('staff'));
    let sent: unknown;
    fakeApi({
      [`GET /complaints/${ID}`]: ok(terminated),
      [NOTICES]: ok(notices()),
      [RECORD]: (options) => {
        sent = options.data;
        return ok(
          notices({ method: 'letter', notifiedAt: '2026-10-15T01:00:00.000Z', overdue: true }),
        );
      },
    });
    render(<ComplaintDetailPage />);
    expect(await screen.findByText('终止调解告知（第二十一条）')).toBeTruthy();
    expect(screen.getByText(/期限：2026年10月14日（含）/)).toBeTruthy();
    const consumer = within(screen.getByLabelText('告知投诉人'));
    expect(consumer.getByText('已告知（站内消息，2026-09-29 10:00）')).toBeTruthy();
    expect(consumer.queryByText('已逾期')).toBeNull();
    const merchant = within(screen.getByLabelText('告知被投诉人'));
    expect(merchant.getByText('尚未记录告知')).toBeTruthy();
    expect(merchant.getByText('已逾期')).toBeTruthy();

    fireEvent.click(merchant.getByText('书面'));
    fireEvent.click(merchant.getByText('记录告知被投诉人'));
    expect(await screen.findByText('已告知（书面，2026-10-15 09:00）')).toBeTruthy();
    expect(within(screen.getByLabelText('告知被投诉人')).getByText('告知晚于期限')).toBeTruthy();
    expect(sent).toMatchObject({ side: 'merchant', method: 'letter' });
    expect(new Date((sent as { notifiedAt: string }).notifiedAt).getTime()).not.toBeNaN();
  });

  test("the server's refusal shows beside the form", async () => {
    session.save(sessionFor('staff'));
    fakeApi({
      [`GET /complaints/${ID}`]: ok(terminated),
      [NOTICES]: ok(notices({ overdue: false })),
      [RECORD]: fail(400, 'VALIDATION_FAILED', '告知时间：不能晚于现在'),
    });
    render(<ComplaintDetailPage />);
    fireEvent.click(await screen.findByText('记录告知被投诉人'));
    expect((await screen.findByRole('alert')).textContent).toBe('告知时间：不能晚于现在');
  });

  test('not shown to the complainant, nor on a complaint that is not terminated', async () => {
    session.save(sessionFor('consumer'));
    const api = fakeApi({ [`GET /complaints/${ID}`]: ok(terminated), [NOTICES]: ok(notices()) });
    const { unmount } = render(<ComplaintDetailPage />);
    await screen.findByText('青山惠民超市1号店');
    expect(screen.queryByText('终止调解告知（第二十一条）')).toBeNull();
    unmount();

    session.save(sessionFor('staff'));
    fakeApi({
      [`GET /complaints/${ID}`]: ok(detail({ status: 'mediating' })),
      [NOTICES]: ok(notices()),
    });
    render(<ComplaintDetailPage />);
    await screen.findByText('青山惠民超市1号店');
    expect(screen.queryByText('终止调解告知（第二十一条）')).toBeNull();
    expect(api.calls).not.toContain(NOTICES);
  });
});
