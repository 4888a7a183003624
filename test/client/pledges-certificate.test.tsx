import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import type { PledgeCertificate } from '@api/pledges';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { fakeImageServer, type ImageRule } from './support/private-images';
import { session } from '@/services/session';
import CertificatePage from '@/features/pledges/pages/certificate/index';
import { emptyTerms, toTerms } from '@/features/pledges/pledge-rules';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { offlineReturnText } from '@/domain/pledge-text';

const terms = toTerms({ ...emptyTerms(dayjs('2027-03-15')), windowChoice: 15 });
const pledgeFixture = (patch: Partial<PledgeCertificate> = {}): PledgeCertificate => ({
  id: 'PLEDGE1',
  kind: 'offline-return',
  status: 'pending',
  certificateNo: 'FX-2027-0001',
  signedAt: '2027-03-10T02:00:00.000Z',
  startsOn: '2027-03-15',
  windowDays: 15,
  excluded: terms.excluded,
  merchantId: '01JMERCHANT000000000000001',
  merchantName: '青山惠民超市1号店',
  merchantAddress: '城关镇人民路1号',
  text: offlineReturnText('青山惠民超市1号店', terms),
  terms,
  signerName: '张三',
  signerRole: '负责人',
  signatureUrl: '/api/v1/pledges/PLEDGE1/signature',
  contentHash: '0123abcd' + '0'.repeat(48) + '6789cdef',
  intact: true,
  merchantUrl: 'https://fx.example.cn/m/01JMERCHANT000000000000001',
  ...patch,
});

const user = (role: 'merchant' | 'staff' | 'consumer') => ({
  token: `jwt-${role}`,
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: `01JUSER${role.toUpperCase()}`, role, nickname: role },
});

const owner = (merchantId: string) => ({
  items: [
    {
      id: 'M1',
      merchantId,
      merchantName: '青山惠民超市1号店',
      creditCode: 'X',
      role: 'owner',
      status: 'active',
      createdAt: '2027-01-01T00:00:00.000Z',
    },
  ],
});

/** The signature route: the public may fetch a verified pledge's, only members and staff a pending one's. */
const signatureRule = (pledge: PledgeCertificate): ImageRule =>
  pledge.status === 'pending' ? (session.token() ?? 'jwt-member-or-staff') : null;

function api(pledge: PledgeCertificate, transitions: unknown[] = [], noticeDays = 7) {
  const region = seededRegion as Region;
  images = fakeImageServer(
    pledge.signatureUrl ? { [pledge.signatureUrl]: signatureRule(pledge) } : {},
  );
  return fakeApi({
    'GET /region': ok({ ...region, pledges: { withdrawalNoticeDays: noticeDays } }),
    [`GET /pledges/${pledge.id}`]: ok(pledge),
    'GET /merchants/memberships/mine': ok(owner(pledge.merchantId)),
    [`POST /pledges/${pledge.id}/transitions`]: (options) => {
      transitions.push(options.data);
      return ok(pledge);
    },
  });
}

let images: ReturnType<typeof fakeImageServer>;
const signatureShown = () =>
  waitFor(() => {
    const image = document.querySelector('.certificate__signature[src^="blob:"]');
    if (!image) throw new Error('signature not shown');
    return image;
  });

const button = (label: string) => screen.getByText(label).closest('.nut-button') as HTMLElement;

beforeEach(() => {
  taroTest.reset();
  session.clear();
  taroTest.setRouterParams({ id: 'PLEDGE1' });
});

describe('承诺书', () => {
  test('public (verified): the promise clause by clause, terms, signer, number, fingerprint', async () => {
    const pledge = pledgeFixture({ status: 'verified', verifiedAt: '2027-03-12T02:00:00.000Z' });
    api(pledge);
    render(<CertificatePage />);
    expect(await screen.findByText('青山惠民超市1号店')).toBeTruthy();
    expect(screen.getByText('已核验')).toBeTruthy();
    // Each clause its own numbered item, the opening and closing their own paragraphs.
    const clauses = Array.from(document.querySelectorAll('.pledge-text__clause'));
    expect(clauses.map((c) => c.querySelector('.pledge-text__number')?.textContent)).toEqual([
      '一、',
      '二、',
      '三、',
      '四、',
      '五、',
      '六、',
    ]);
    expect(clauses[0].textContent).toBe(pledge.text.split('\n')[2]);
    expect(screen.getByText('线下无理由退货承诺书')).toBeTruthy();
    expect(screen.getByText('青山惠民超市1号店郑重承诺：')).toBeTruthy();
    expect(screen.getByText('购买之日起15日内')).toBeTruthy();
    // The proof row says what the text promises (receipt-or-other), not "仅凭购物小票".
    expect(screen.getByText('小票、发票或支付记录等凭据')).toBeTruthy();
    expect(pledge.text).toContain('发票或支付记录');
    expect(screen.getByText('收到退货后7日内原路退回')).toBeTruthy();
    expect(screen.getByText('张三（负责人）')).toBeTruthy();
    expect(screen.getByText('FX-2027-0001')).toBeTruthy();
    // A short fingerprint, what it proves, and the whole value on demand.
    expect(screen.getByText('文本指纹')).toBeTruthy();
    expect(screen.getByText('0123-ABCD…CDEF')).toBeTruthy();
    expect(screen.getByText(/用于核对签署的文本未被改动/)).toBeTruthy();
    expect(screen.queryByLabelText('完整指纹')).toBeNull();
    fireEvent.click(screen.getByText('查看完整指纹'));
    const full = screen.getByLabelText('完整指纹').textContent ?? '';
    expect(full.replace(/ /g, '')).toBe(pledge.contentHash.toUpperCase());
    expect(full.split(' ')).toHaveLength(16);
    fireEvent.click(screen.getByText('收起完整指纹'));
    expect(screen.queryByLabelText('完整指纹')).toBeNull();
    expect(screen.getByText('✓ 内容完整，未被改动')).toBeTruthy();
    // A visitor has no token: the public signature is fetched without one, and shows.
    await signatureShown();
    expect(images.requests).toEqual([{ path: pledge.signatureUrl, headers: {} }]);
    expect(screen.queryByText('撤回承诺')).toBeNull();
    expect(screen.queryByText('核验通过')).toBeNull();
    fireEvent.click(button('生成海报'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/pledges/pages/poster/index?id=PLEDGE1',
    });
  });

  test('pending, seen by its owner: the signature is fetched with the token and shows', async () => {
    session.save(user('merchant'));
    const pledge = pledgeFixture({
      id: 'PLEDGE7',
      signatureUrl: '/api/v1/pledges/PLEDGE7/signature',
    });
    taroTest.setRouterParams({ id: 'PLEDGE7' });
    api(pledge);
    render(<CertificatePage />);
    expect(await screen.findByText('待核验')).toBeTruthy();
    await signatureShown();
    expect(images.requests).toEqual([
      {
        path: '/api/v1/pledges/PLEDGE7/signature',
        headers: { Authorization: 'Bearer jwt-merchant' },
      },
    ]);
  });

  test('a seeded demo pledge has no handwritten signature: it says so and asks for no image', async () => {
    const pledge = pledgeFixture({ id: 'PLEDGE9', signatureUrl: undefined });
    taroTest.setRouterParams({ id: 'PLEDGE9' });
    api(pledge);
    render(<CertificatePage />);
    expect(await screen.findByText('无手写签名（演示数据）')).toBeTruthy();
    expect(images.requests).toEqual([]);
    expect(screen.queryByText(/签名图片加载失败/)).toBeNull();
  });

  test('a signature the server will not give says so, with a retry', async () => {
    session.save(user('merchant'));
    const pledge = pledgeFixture({
      id: 'PLEDGE8',
      signatureUrl: '/api/v1/pledges/PLEDGE8/signature',
    });
    taroTest.setRouterParams({ id: 'PLEDGE8' });
    api(pledge);
    // Deleted meanwhile, or not this user's to see: the server answers 404 to everyone.
    images = fakeImageServer({});
    render(<CertificatePage />);
    const failure = await screen.findByText('签名图片加载失败（无权查看或已删除），点击重试');
    fireEvent.click(failure);
    await waitFor(() => expect(images.requests).toHaveLength(2));
  });

  test('tampered: a red warning, no intact line; ended pledges say when and why', async () => {
    api(
      pledgeFixture({
        intact: false,
        status: 'revoked',
        endedOn: '2027-04-01',
        endedReason: '多次拒绝退货',
      }),
    );
    render(<CertificatePage />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      '⚠ 警告：承诺内容与签署时的记录不一致，可能已被改动，请以工作人员核实结果为准。',
    );
    expect(screen.queryByText('✓ 内容完整，未被改动')).toBeNull();
    expect(screen.getByText('已撤销于2027年4月1日：多次拒绝退货')).toBeTruthy();
  });

  test('an announced withdrawal: still in force, with its date, until then', async () => {
    const endedOn = dayjs().add(5, 'day').format('YYYY-MM-DD');
    api(pledgeFixture({ status: 'withdrawn', endedOn, endedReason: '店铺搬迁' }));
    render(<CertificatePage />);
    expect(await screen.findByText('撤回公示中')).toBeTruthy();
    expect(
      screen.getByText(
        `将于${dayjs(endedOn).format('YYYY年M月D日')}起撤回，此前购买的商品仍按承诺退货：店铺搬迁`,
      ),
    ).toBeTruthy();
  });

  test('owner: 撤回 sends the reason and the effective date; 以新条款重新承诺', async () => {
    session.save(user('merchant'));
    const transitions: unknown[] = [];
    const pledge = pledgeFixture({ status: 'verified' });
    api(pledge, transitions, 5);
    const { baseElement } = render(<CertificatePage />);
    fireEvent.click(await screen.findByText('撤回承诺'));
    await waitFor(() => expect(baseElement.querySelector('textarea')).toBeTruthy());
    expect(
      await screen.findByText(`自 ${dayjs().add(5, 'day').format('YYYY年M月D日')} 起不再承诺`),
    ).toBeTruthy();
    expect(screen.getByText(/撤回最早在5天后生效/)).toBeTruthy();
    expect(button('确认撤回').classList.contains('nut-button-disabled')).toBe(true);
    fireEvent.input(baseElement.querySelector('textarea')!, { target: { value: '门店停业' } });
    await waitFor(() =>
      expect(button('确认撤回').classList.contains('nut-button-disabled')).toBe(false),
    );
    fireEvent.click(button('确认撤回'));
    await waitFor(() => expect(transitions).toHaveLength(1));
    expect(transitions[0]).toEqual({
      action: 'withdraw',
      reason: '门店停业',
      // The county's notice period (5 days here) is the earliest and the default date.
      effectiveOn: dayjs().add(5, 'day').format('YYYY-MM-DD'),
    });
    fireEvent.click(button('以新条款重新承诺'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/pledges/pages/sign/index?merchantId=${pledge.merchantId}&kind=offline-return`,
    });
  });

  test('staff: 核验通过 and 撤销 with a reason', async () => {
    session.save(user('staff'));
    const transitions: unknown[] = [];
    api(pledgeFixture(), transitions);
    const { baseElement } = render(<CertificatePage />);
    fireEvent.click(await screen.findByText('核验通过'));
    // Confirmed first: nothing is sent until 确认通过.
    expect(await screen.findByText('确认核验通过')).toBeTruthy();
    expect(screen.getByText('承诺编号 FX-2027-0001')).toBeTruthy();
    expect(screen.getByText(/请确认已核对承诺内容、签署人和签名/)).toBeTruthy();
    expect(transitions).toEqual([]);
    fireEvent.click(button('确认通过'));
    await waitFor(() => expect(transitions).toEqual([{ action: 'verify' }]));
    await waitFor(() => expect(screen.queryByText('确认核验通过')).toBeNull());
    expect(screen.queryByText('撤回承诺')).toBeNull();

    fireEvent.click(button('撤销'));
    await waitFor(() => expect(baseElement.querySelector('textarea')).toBeTruthy());
    fireEvent.input(baseElement.querySelector('textarea')!, { target: { value: '虚假承诺' } });
    await waitFor(() =>
      expect(button('确认撤销').classList.contains('nut-button-disabled')).toBe(false),
    );
    fireEvent.click(button('确认撤销'));
    await waitFor(() => expect(transitions).toHaveLength(2));
    expect(transitions[1]).toEqual({ action: 'revoke', reason: '虚假承诺' });
  });
});
