import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import type { PledgeCertificate, PledgeStats } from '@api/pledges';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { fakeImageServer } from './support/private-images';
import { session } from '@/services/session';
import ReviewPage from '@/features/pledges/pages/review/index';
import { emptyTerms, toTerms } from '@/features/pledges/pledge-rules';
import { offlineReturnText } from '@/domain/pledge-text';

const terms = toTerms({ ...emptyTerms(dayjs('2027-03-15')), windowChoice: 15 });
const pledge = (serial: number, patch: Partial<PledgeCertificate> = {}): PledgeCertificate => ({
  id: `PLEDGE${serial}`,
  kind: 'offline-return',
  status: 'pending',
  certificateNo: `FX-2027-000${serial}`,
  signedAt: '2027-03-10T02:00:00.000Z',
  startsOn: '2027-03-15',
  windowDays: 15,
  excluded: terms.excluded,
  merchantId: `01JMERCHANT00000000000000${serial}`,
  merchantName: `青山惠民超市${serial}号店`,
  merchantAddress: '城关镇人民路1号',
  text: offlineReturnText(`青山惠民超市${serial}号店`, terms),
  terms,
  signerName: '张三',
  signerRole: '负责人',
  signatureUrl: `/api/v1/pledges/PLEDGE${serial}/signature`,
  contentHash: 'f'.repeat(64),
  intact: true,
  merchantUrl: 'https://fx.example.cn/m/1',
  ...patch,
});

const stats = (total: number, pending: number): PledgeStats => ({
  total,
  pending,
  byTown: [{ town: '城关镇', count: 8 }],
  byIndustry: [{ industry: '商场超市', count: 5 }],
});

const button = (label: string) => screen.getByText(label).closest('.nut-button') as HTMLElement;
const card = (name: string) => screen.getByText(name).closest('.pledge-card') as HTMLElement;
const figure = (label: string) => screen.getByLabelText(new RegExp(`^${label}\\d+$`));

/** Stats answer with the figures of the moment: one fewer pending after each decision. */
function server() {
  const sent: { id: string; data: unknown }[] = [];
  let pending = 2;
  let total = 12;
  fakeApi({
    'GET /pledges/stats': () => ok(stats(total, pending)),
    'GET /pledges': ok({ items: [pledge(1), pledge(2)], nextCursor: null }),
    ...Object.fromEntries(
      [1, 2].map((serial) => [
        `POST /pledges/PLEDGE${serial}/transitions`,
        (options: { data?: unknown }) => {
          sent.push({ id: `PLEDGE${serial}`, data: options.data });
          pending -= 1;
          if ((options.data as { action: string }).action === 'verify') total += 1;
          return ok(pledge(serial, { status: 'verified' }));
        },
      ]),
    ),
  });
  // Pending signatures: only staff (with the token) may fetch them.
  const images = fakeImageServer({
    '/api/v1/pledges/PLEDGE1/signature': 'jwt-staff',
    '/api/v1/pledges/PLEDGE2/signature': 'jwt-staff',
  });
  return { sent, images };
}

beforeEach(() => {
  taroTest.reset();
  session.clear();
  session.save({
    token: 'jwt-staff',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: '01JUSERSTAFF', role: 'staff', nickname: '工作人员' },
  });
});

describe('承诺核验', () => {
  test('each card: the clauses one by one and the signature, fetched with the token', async () => {
    const { images } = server();
    render(<ReviewPage />);
    expect(await screen.findByText('青山惠民超市1号店')).toBeTruthy();
    expect(await screen.findByText('按镇街：城关镇 8')).toBeTruthy();
    expect(screen.getByText('按行业：商场超市 5')).toBeTruthy();
    const one = card('青山惠民超市1号店');
    expect(within(one).getByText('签署人：张三（负责人）')).toBeTruthy();
    const clauses = one.querySelectorAll('.pledge-text__clause');
    expect(clauses).toHaveLength(6);
    expect(clauses[4].textContent).toBe(
      '五、本店在收到退货之日起7日内按原支付方式一次性退清货款。',
    );
    await waitFor(() =>
      expect(one.querySelector('.pledge-card__signature[src^="blob:"]')).toBeTruthy(),
    );
    expect(images.requests).toContainEqual({
      path: '/api/v1/pledges/PLEDGE1/signature',
      headers: { Authorization: 'Bearer jwt-staff' },
    });
  });

  test('核验通过 asks first; 取消 sends nothing; 确认通过 sends it and refreshes the counters', async () => {
    const { sent } = server();
    render(<ReviewPage />);
    expect(await screen.findByText('青山惠民超市1号店')).toBeTruthy();
    await waitFor(() => expect(figure('待核验').textContent).toContain('2'));
    expect(figure('有效承诺').textContent).toContain('12');

    fireEvent.click(within(card('青山惠民超市1号店')).getByText('核验通过'));
    const dialog = (await screen.findByText('确认核验通过')).closest('.nut-dialog') as HTMLElement;
    expect(within(dialog).getByText('青山惠民超市1号店')).toBeTruthy();
    expect(within(dialog).getByText('承诺编号 FX-2027-0001')).toBeTruthy();
    fireEvent.click(screen.getByText('取消'));
    await waitFor(() => expect(screen.queryByText('确认核验通过')).toBeNull());
    expect(sent).toEqual([]);
    expect(screen.getByText('青山惠民超市1号店')).toBeTruthy();

    fireEvent.click(within(card('青山惠民超市1号店')).getByText('核验通过'));
    fireEvent.click(await screen.findByText('确认通过'));
    await waitFor(() => expect(screen.queryByText('青山惠民超市1号店')).toBeNull());
    expect(sent).toEqual([{ id: 'PLEDGE1', data: { action: 'verify' } }]);
    // The counters follow the decision without leaving the page.
    await waitFor(() => expect(figure('待核验').textContent).toContain('1'));
    expect(figure('有效承诺').textContent).toContain('13');
  });

  test('撤销 with a reason takes the pledge out and refreshes the counters', async () => {
    const { sent } = server();
    const { baseElement } = render(<ReviewPage />);
    expect(await screen.findByText('青山惠民超市2号店')).toBeTruthy();
    fireEvent.click(within(card('青山惠民超市2号店')).getByText('撤销'));
    await waitFor(() => expect(baseElement.querySelector('textarea')).toBeTruthy());
    fireEvent.input(baseElement.querySelector('textarea')!, { target: { value: '承诺内容不实' } });
    await waitFor(() =>
      expect(button('确认撤销').classList.contains('nut-button-disabled')).toBe(false),
    );
    fireEvent.click(button('确认撤销'));
    await waitFor(() => expect(screen.queryByText('青山惠民超市2号店')).toBeNull());
    expect(sent).toEqual([{ id: 'PLEDGE2', data: { action: 'revoke', reason: '承诺内容不实' } }]);
    await waitFor(() => expect(figure('待核验').textContent).toContain('1'));
  });
});
