import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ComplaintDetail, MediationAgreement } from '@api/complaints';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { detail, sessionFor } from './support/complaints-fixtures';
import ComplaintDetailPage from '@/features/complaints/pages/detail/index';
import MediationAgreementPage from '@/features/complaints/pages/agreement/index';
import { session } from '@/services/session';

/** 第十六条 consent on the complaint, 第二十二条 the 调解书 page. */
const accepted = (consent: Partial<NonNullable<ComplaintDetail['mediationConsent']>> = {}) =>
  detail({
    status: 'accepted',
    mediationDeadline: '2026-05-14',
    mediationConsent: { complainant: null, merchant: null, open: true, ...consent },
  });
const ID = accepted().id;
const CONSENT = `POST /complaints/${ID}/mediation-consent`;
const AGREEMENT = `GET /complaints/${ID}/mediation-agreement`;
const AGREED = {
  decision: 'agree',
  method: 'self',
  givenAt: '2026-03-20T02:00:00.000Z',
  recordedBy: 'self',
} as const;

beforeEach(() => {
  taroTest.reset();
  taroTest.setRouterParams({ id: ID });
});

describe('第十六条 consent panel', () => {
  test('the complainant consents with one button while pending; then it shows their answer', async () => {
    session.save(sessionFor('consumer'));
    let sent: unknown;
    fakeApi({
      [`GET /complaints/${ID}`]: ok(accepted({ mine: 'complainant' })),
      [CONSENT]: (options) => {
        sent = options.data;
        return ok(accepted({ complainant: AGREED }));
      },
    });
    render(<ComplaintDetailPage />);
    const panel = await screen.findByLabelText('调解意愿');
    expect(within(panel).getAllByText('尚未表态')).toHaveLength(2);
    expect(within(panel).queryByText(/记录.*同意/)).toBeNull();
    fireEvent.click(within(panel).getByText('同意调解'));
    expect(await screen.findByText('同意调解（本人在线，2026-03-20 10:00）')).toBeTruthy();
    expect(sent).toEqual({ decision: 'agree' });
    expect(screen.queryByRole('button', { name: '同意调解' })).toBeNull();
  });

  test('staff record how a side answered; a refusal points to 终止调解', async () => {
    session.save(sessionFor('staff'));
    let sent: unknown;
    fakeApi({
      [`GET /complaints/${ID}`]: ok(accepted({ complainant: AGREED })),
      [CONSENT]: (options) => {
        sent = options.data;
        return ok(
          accepted({
            complainant: AGREED,
            merchant: { ...AGREED, decision: 'refuse', method: 'written', recordedBy: 'staff' },
          }),
        );
      },
    });
    render(<ComplaintDetailPage />);
    const merchant = within(await screen.findByLabelText('被投诉人'));
    expect(screen.queryByText('记录投诉人同意')).toBeNull();
    fireEvent.click(merchant.getByText('书面'));
    fireEvent.click(merchant.getByText('记录被投诉人不同意'));
    expect(
      await screen.findByText('不同意调解（书面，2026-03-20 10:00，工作人员记录）'),
    ).toBeTruthy();
    expect(sent).toEqual({ side: 'merchant', decision: 'refuse', method: 'written' });
    expect(screen.getByText(/可“终止调解”/)).toBeTruthy();
  });

  test('no panel before acceptance', async () => {
    session.save(sessionFor('consumer'));
    fakeApi({ [`GET /complaints/${ID}`]: ok(detail()) });
    render(<ComplaintDetailPage />);
    await screen.findByText('青山惠民超市1号店');
    expect(screen.queryByLabelText('调解意愿')).toBeNull();
  });
});

describe('第二十二条 调解书', () => {
  const doc: MediationAgreement = {
    trackingNo: 'TS20260315000001',
    unit: '青山县市场监督管理局',
    complainant: { name: '张*', phone: '138****8000' },
    merchant: { name: '青山惠民超市1号店', address: '城关镇人民路1号' },
    agreement: '商家退货退款 299 元',
    amountRecovered: 299,
    date: '2026-04-01',
  };

  test('the settled outcome links to the 调解书', async () => {
    session.save(sessionFor('consumer'));
    fakeApi({
      [`GET /complaints/${ID}`]: ok(
        detail({
          status: 'settled',
          outcome: { status: 'settled', agreement: '退货退款', amountRecovered: 299 },
        }),
      ),
    });
    render(<ComplaintDetailPage />);
    fireEvent.click(await screen.findByText('查看调解书（第二十二条）'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/complaints/pages/agreement/index?id=${ID}`,
    });
  });

  test('shows the parties as sent, agreement, amount, unit and date, and prints on H5', async () => {
    session.save(sessionFor('merchant'));
    fakeApi({ [AGREEMENT]: ok(doc) });
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<MediationAgreementPage />);
    const paper = within(await screen.findByLabelText('调解书'));
    expect(paper.getByText('张*（电话 138****8000）')).toBeTruthy();
    expect(paper.getByText('商家退货退款 299 元')).toBeTruthy();
    expect(paper.getByText('299.00 元')).toBeTruthy();
    expect(paper.getByText('青山县市场监督管理局')).toBeTruthy();
    expect(paper.getByText('2026年4月1日')).toBeTruthy();
    expect(paper.getByText('投诉编号 TS20260315000001')).toBeTruthy();
    fireEvent.click(screen.getByText('打印调解书'));
    expect(print).toHaveBeenCalled();
    print.mockRestore();
  });

  test('not settled: the server’s reason is shown', async () => {
    session.save(sessionFor('consumer'));
    fakeApi({ [AGREEMENT]: fail(409, 'AGREEMENT_NOT_AVAILABLE', '调解成功后才有调解书') });
    render(<MediationAgreementPage />);
    expect(await screen.findByText(/调解成功后才有调解书/)).toBeTruthy();
  });
});

describe('第二十一条(一) withdrawal during mediation', () => {
  test('staff see the termination-notice record of a withdrawn complaint', async () => {
    session.save(sessionFor('staff'));
    fakeApi({
      [`GET /complaints/${ID}`]: ok(detail({ status: 'withdrawn' })),
      [`GET /complaints/${ID}/termination-notices`]: ok({
        applies: true,
        terminatedAt: '2026-03-20T02:00:00.000Z',
        dueOn: '2026-03-31',
        sides: (['complainant', 'merchant'] as const).map((side) => ({
          side,
          method: 'in-app',
          notifiedAt: '2026-03-20T02:00:00.000Z',
          note: null,
          overdue: false,
        })),
      }),
    });
    render(<ComplaintDetailPage />);
    expect(await screen.findByText('终止调解告知（第二十一条）')).toBeTruthy();
    expect(screen.getAllByText('已告知（站内消息，2026-03-20 10:00）')).toHaveLength(2);
  });
});
