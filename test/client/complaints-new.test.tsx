import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { MerchantDetail } from '@api/merchants';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import { sessionFor } from './support/complaints-fixtures';
import NewComplaintPage from '@/features/complaints/pages/new/index';
import {
  EMPTY_COMPLAINT_DRAFT,
  fieldOfServerPath,
  toCreateBody,
  validateComplaint,
} from '@/features/complaints/complaint-rules';
import { todayInChina } from '@/features/complaints/labels';
import { session } from '@/services/session';
import { creditCodeCheckChar } from '@/domain/credit-code';

const DRAFT = 'fx.draft.complaint';
const MERCHANT_ID = '01JMERCHANT000000000000001';
const merchant = {
  id: MERCHANT_ID,
  name: '青山惠民超市',
  creditCode: '91520322MA6DL12345',
  industry: '商场超市',
  town: '城关镇',
  address: '城关镇人民路1号',
  badges: { pledge: true, initiative: false },
} as unknown as MerchantDetail;
const FACTS = '购买的电饭煲使用三天后无法加热，联系商家要求退货被拒绝。';

const uploadFile = jest.fn();
const setClipboardData = jest.fn(async () => undefined);
const requestSubscribeMessage = jest.fn();
beforeEach(() => {
  taroTest.reset();
  session.save(sessionFor('consumer'));
  Object.assign(Taro, {
    chooseImage: jest.fn(async () => ({ tempFilePaths: ['blob:evidence-1'], tempFiles: [] })),
    uploadFile,
    setClipboardData,
    requestSubscribeMessage,
  });
  uploadFile.mockImplementation((options: { success: (r: unknown) => void }) => {
    const progress: ((p: { progress: number }) => void)[] = [];
    setTimeout(() => {
      progress.forEach((cb) => cb({ progress: 50 }));
      options.success({
        statusCode: 201,
        data: JSON.stringify({ id: 'UP1', url: '/api/v1/uploads/UP1', mime: 'image/jpeg' }),
      });
    }, 0);
    return { onProgressUpdate: (cb: (p: { progress: number }) => void) => progress.push(cb) };
  });
});
afterEach(() => {
  process.env.TARO_ENV = 'h5';
  delete process.env.TARO_APP_COMPLAINT_TEMPLATE_ID;
});

const input = async (container: HTMLElement, name: string) =>
  waitFor(() => {
    const found = container.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!found) throw new Error(`no input ${name}`);
    return found;
  });
const type = async (container: HTMLElement, name: string, value: string) =>
  fireEvent.input(await input(container, name), { target: { value } });
const typeFacts = async (container: HTMLElement, value: string) => {
  const area = await waitFor(() => {
    const found = container.querySelector('textarea');
    if (!found) throw new Error('no textarea');
    return found;
  });
  fireEvent.input(area, { target: { value } });
};
const errorOf = (label: string) => {
  const field = screen.getByText(label).closest('.form-field');
  return field?.querySelector('.form-field__error')?.textContent ?? '';
};
const pickDate = (container: HTMLElement, date: string) =>
  act(() => {
    container
      .querySelector('taro-picker-core')!
      .dispatchEvent(new CustomEvent('change', { detail: { value: date } }));
  });
const next = () => fireEvent.click(screen.getByText('下一步'));

async function chooseMerchantBySearch(container: HTMLElement) {
  await type(container, 'merchantQuery', '惠民');
  fireEvent.click(await screen.findByText('青山惠民超市'));
  await screen.findByText('更换');
}

async function fillFacts(container: HTMLElement) {
  fireEvent.click(screen.getByText('商品质量'));
  pickDate(container, '2026-03-10');
  await type(container, 'amount', '299.5');
  await typeFacts(container, FACTS);
}

async function fillAll(container: HTMLElement) {
  await chooseMerchantBySearch(container);
  next();
  await fillFacts(container);
  next();
  fireEvent.click(await screen.findByText('退货'));
  fireEvent.click(screen.getByText('添加照片'));
  await screen.findByLabelText('照片1');
  next();
  await type(container, 'name', '张三');
  await type(container, 'phone', '13800138000');
  await type(container, 'address', '城关镇幸福小区3栋');
  fireEvent.click(screen.getByText(/我同意市场监管部门/));
}

const created = {
  id: '01JCOMPLAINT00000000000001',
  trackingNo: 'TS202603150001',
  acceptDeadline: '2026-03-24',
};

describe('complaint rules', () => {
  const valid = {
    ...EMPTY_COMPLAINT_DRAFT,
    merchantId: MERCHANT_ID,
    merchantName: '青山惠民超市',
    merchantAddress: '城关镇人民路1号',
    category: '价格' as const,
    purchaseDate: '2026-03-10',
    amount: '12.30',
    facts: FACTS,
    kinds: ['退款' as const],
    name: '张三',
    phone: '13800138000',
    address: '城关镇幸福小区3栋',
    consent: true,
  };

  test('a complete draft passes; each rule of the contract is checked', () => {
    expect(validateComplaint(valid, '2026-03-15')).toEqual({});
    const bad = validateComplaint(
      {
        ...valid,
        purchaseDate: '2026-03-16',
        amount: '1.234',
        facts: '太短了',
        kinds: ['赔偿', '其他'],
        phone: '12800138000',
        consent: false,
      },
      '2026-03-15',
    );
    expect(bad).toEqual({
      purchaseDate: '消费日期不能晚于今天',
      amount: '消费金额请填写数字，最多两位小数',
      facts: '事情经过至少20个字，还差17个字',
      compensationAmount: '请输入赔偿金额',
      otherRequest: '请说明您的其他诉求',
      phone: '请输入11位手机号码（1开头）',
      consent: '请阅读并勾选同意个人信息的使用说明',
    });
    expect(
      validateComplaint({ ...valid, merchantId: undefined }, '2026-03-15').merchant,
    ).toBeTruthy();
    expect(
      validateComplaint(
        {
          ...valid,
          merchantId: undefined,
          unregistered: true,
          merchantName: '',
          merchantAddress: '某',
        },
        '2026-03-15',
      ),
    ).toEqual({
      merchantName: '请输入商家名称（招牌或营业执照上的名称）',
      merchantAddress: '商家地址至少2个字',
    });
  });

  test('the body: money as numbers, a typed business without id, optional parts left out', () => {
    const body = toCreateBody(
      {
        ...valid,
        unregistered: true,
        kinds: ['赔偿'],
        compensationAmount: '0.1',
        amount: '19.99',
        otherRequest: 'ignored',
      },
      false,
    );
    expect(body.merchant).toEqual({ name: '青山惠民超市', address: '城关镇人民路1号' });
    expect(body.amount).toBe(19.99);
    expect(body.request).toEqual({ kinds: ['赔偿'], compensationAmount: 0.1 });
    expect(body.orderNo).toBeUndefined();
    expect(body.consent).toBe(true);
  });

  test('server field paths map to the form fields', () => {
    expect(fieldOfServerPath('complainant.phone')).toBe('phone');
    expect(fieldOfServerPath('/body/request/compensationAmount')).toBe('compensationAmount');
    expect(fieldOfServerPath('request.kinds.0')).toBe('kinds');
    expect(fieldOfServerPath('merchant.name')).toBe('merchantName');
    expect(fieldOfServerPath('facts')).toBe('facts');
    expect(fieldOfServerPath('unknown')).toBeUndefined();
  });
});

describe('我要投诉', () => {
  test('errors as the user types: facts too short, a future date, phone format; 下一步 shows them all', async () => {
    fakeApi({ 'GET /merchants': ok({ items: [merchant], nextCursor: null }) });
    const { container } = render(<NewComplaintPage />);
    expect(screen.getByText('诉求与证据')).toBeTruthy();

    // Nothing chosen: 下一步 stays on 商家 and says why.
    next();
    expect(await screen.findByText(/请搜索并选择被投诉的商家/)).toBeTruthy();
    await chooseMerchantBySearch(container);
    next();

    // 经过: quiet until touched.
    await screen.findByText('投诉类别');
    expect(errorOf('事情经过')).toBe('');
    await typeFacts(container, '电饭煲坏了');
    expect(errorOf('事情经过')).toBe('事情经过至少20个字，还差15个字');
    expect(screen.getByText('5/2000')).toBeTruthy();
    await typeFacts(container, FACTS);
    expect(errorOf('事情经过')).toBe('');

    const tomorrow = new Date(Date.now() + 86_400_000 * 2).toISOString().slice(0, 10);
    pickDate(container, tomorrow);
    expect(errorOf('消费日期')).toBe('消费日期不能晚于今天');
    pickDate(container, todayInChina());
    expect(errorOf('消费日期')).toBe('');

    await type(container, 'amount', '12.345');
    expect(errorOf('消费金额（元）')).toBe('消费金额请填写数字，最多两位小数');
    await type(container, 'amount', '12.34');

    next();
    expect(errorOf('投诉类别')).toBe('请选择投诉类别');
    fireEvent.click(screen.getByText('商品质量'));
    next();

    // 诉求: 赔偿 asks for an amount.
    fireEvent.click(await screen.findByText('赔偿'));
    expect(await input(container, 'compensationAmount')).toBeTruthy();
    next();
    expect(errorOf('要求赔偿金额（元）')).toBe('请输入赔偿金额');
    await type(container, 'compensationAmount', '500');
    expect(errorOf('要求赔偿金额（元）')).toBe('');
    next();

    // 联系方式
    await type(container, 'phone', '1380013');
    expect(errorOf('手机号码')).toBe('请输入11位手机号码（1开头）');
    await type(container, 'phone', '13800138000');
    expect(errorOf('手机号码')).toBe('');
    expect(screen.getByText(/第九条/)).toBeTruthy();

    // Consent is not preticked; submitting without it sends nothing.
    const api = fakeApi({});
    fireEvent.click(screen.getByText('提交投诉'));
    expect(errorOf('个人信息使用')).toBe('请阅读并勾选同意个人信息的使用说明');
    expect(errorOf('姓名')).toBe('请输入您的姓名');
    await act(async () => undefined);
    expect(api.calls.filter((call) => call.startsWith('POST'))).toEqual([]);
  });

  test('the draft survives a crash and a failed submit, the retry reuses the key, success clears it', async () => {
    const keys: string[] = [];
    const bodies: unknown[] = [];
    const create = jest.fn();
    fakeApi({
      'GET /merchants': ok({ items: [merchant], nextCursor: null }),
      'POST /complaints': (options) => {
        keys.push(options.header!['Idempotency-Key']);
        bodies.push(options.data);
        return create();
      },
    });
    create.mockReturnValue(new Error('offline'));

    const first = render(<NewComplaintPage />);
    await chooseMerchantBySearch(first.container);
    next();
    await fillFacts(first.container);
    // A crash in the middle of step 2: everything typed so far comes back, on the same step.
    first.unmount();
    const second = render(<NewComplaintPage />);
    expect((await input(second.container, 'amount')).value).toBe('299.5');
    expect(second.container.querySelector('textarea')!.value).toBe(FACTS);
    expect(screen.getByText('2026年3月10日')).toBeTruthy();
    next();
    fireEvent.click(await screen.findByText('退货'));
    fireEvent.click(screen.getByText('添加照片'));
    expect(await screen.findByLabelText('照片1')).toBeTruthy();
    next();
    await type(second.container, 'name', '张三');
    await type(second.container, 'phone', '13800138000');
    await type(second.container, 'address', '城关镇幸福小区3栋');
    fireEvent.click(screen.getByText(/我同意市场监管部门/));

    fireEvent.click(screen.getByText('提交投诉'));
    expect(await screen.findByText('网络不给力，内容已保存，请重试')).toBeTruthy();
    expect(taroTest.storage.has(DRAFT)).toBe(true);
    second.unmount();

    const third = render(<NewComplaintPage />);
    expect((await input(third.container, 'phone')).value).toBe('13800138000');
    create.mockReturnValue({ statusCode: 201, data: created });
    fireEvent.click(screen.getByText('提交投诉'));
    expect(await screen.findByText('TS202603150001')).toBeTruthy();
    expect(screen.getByText('市场监管部门将于 2026年3月24日（含）前决定是否受理')).toBeTruthy();

    // Three attempts of the first submit, one of the retry: one key throughout.
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(1);
    expect(bodies.at(-1)).toEqual({
      merchant: { merchantId: MERCHANT_ID, name: '青山惠民超市', address: '城关镇人民路1号' },
      category: '商品质量',
      purchaseDate: '2026-03-10',
      amount: 299.5,
      facts: FACTS,
      request: { kinds: ['退货'] },
      evidence: ['UP1'],
      complainant: { name: '张三', phone: '13800138000', address: '城关镇幸福小区3栋' },
      consent: true,
      subscribed: false,
    });
    expect(taroTest.storage.has(DRAFT)).toBe(false);

    fireEvent.click(screen.getByText('复制'));
    expect(setClipboardData).toHaveBeenCalledWith({ data: 'TS202603150001' });
    fireEvent.click(screen.getByText('查看进度'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({
      url: `/features/complaints/pages/detail/index?id=${created.id}`,
    });
    third.unmount();

    // A new complaint starts empty, with a new key.
    const fourth = render(<NewComplaintPage />);
    expect((await input(fourth.container, 'merchantQuery')).value).toBe('');
  });

  test('the stepper highlights the current step as the user moves through them', async () => {
    fakeApi({ 'GET /merchants': ok({ items: [merchant], nextCursor: null }) });
    const { container } = render(<NewComplaintPage />);
    // NutUI gives the current step nut-step-process, the ones before it nut-step-finish.
    const current = () =>
      [...container.querySelectorAll('.nut-step-process .nut-step-title')].map(
        (title) => title.textContent,
      );
    const finished = () => container.querySelectorAll('.nut-step-finish').length;

    expect(current()).toEqual(['商家']);
    await chooseMerchantBySearch(container);
    next();
    await waitFor(() => expect(current()).toEqual(['经过']));
    expect(finished()).toBe(1);
    await fillFacts(container);
    next();
    await waitFor(() => expect(current()).toEqual(['诉求与证据']));
    expect(finished()).toBe(2);
    fireEvent.click(screen.getByText('上一步'));
    await waitFor(() => expect(current()).toEqual(['经过']));
    expect(finished()).toBe(1);
  });

  test("the server's field errors appear under their fields, on their step", async () => {
    fakeApi({
      'GET /merchants': ok({ items: [merchant], nextCursor: null }),
      'POST /complaints': {
        statusCode: 400,
        data: {
          code: 'VALIDATION_FAILED',
          message: '请求参数有误',
          fields: { facts: '内容包含不当信息', 'complainant.address': '地址过短' },
        },
      },
    });
    const { container } = render(<NewComplaintPage />);
    await fillAll(container);
    fireEvent.click(screen.getByText('提交投诉'));
    // Back on 经过, where the first problem is.
    await waitFor(() => expect(errorOf('事情经过')).toBe('内容包含不当信息'));
    await typeFacts(container, FACTS + '。');
    expect(errorOf('事情经过')).toBe('');
    next();
    next();
    await waitFor(() => expect(errorOf('联系地址')).toBe('地址过短'));
  });

  test('?merchantId= preselects the business; a scanned licence not registered is typed in', async () => {
    taroTest.setRouterParams({ merchantId: MERCHANT_ID });
    const body17 = '91520322MA6DL1234';
    const code = body17 + creditCodeCheckChar(body17);
    fakeApi({
      [`GET /merchants/${MERCHANT_ID}`]: ok(merchant),
      [`GET /merchants/by-code/${code}`]: fail(404, 'MERCHANT_NOT_FOUND', '未查到该商家'),
    });
    const { container } = render(<NewComplaintPage />);
    expect(await screen.findByText('青山惠民超市')).toBeTruthy();
    expect(screen.getByText('城关镇人民路1号')).toBeTruthy();
    fireEvent.click(screen.getByText('更换'));

    process.env.TARO_ENV = 'weapp';
    (Taro.scanCode as jest.Mock).mockResolvedValueOnce({ result: code });
    fireEvent.click(screen.getByText('扫一扫'));
    expect(await input(container, 'merchantName')).toBeTruthy();
    expect(Taro.showToast).toHaveBeenCalledWith({
      title: '该商家未登记，请手动填写名称和地址',
      icon: 'none',
    });
    await type(container, 'merchantName', '路边水果摊');
    await type(container, 'merchantAddress', '城关镇农贸市场门口');
    next();
    expect(await screen.findByText('投诉类别')).toBeTruthy();
  });

  test('扫一扫 in the browser says it works in the mini-program and to search by name', async () => {
    fakeApi({ 'GET /merchants': ok({ items: [merchant], nextCursor: null }) });
    render(<NewComplaintPage />);
    fireEvent.click(await screen.findByText('扫一扫'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '扫一扫需在微信小程序中使用，可输入商家名称搜索' }),
      ),
    );
    expect(Taro.scanCode).not.toHaveBeenCalled();
  });

  test('asks for subscribe messages on weapp when a template is configured', async () => {
    process.env.TARO_ENV = 'weapp';
    process.env.TARO_APP_COMPLAINT_TEMPLATE_ID = 'TPL-1';
    requestSubscribeMessage.mockResolvedValue({
      errMsg: 'requestSubscribeMessage:ok',
      'TPL-1': 'accept',
    });
    const bodies: { subscribed?: boolean }[] = [];
    fakeApi({
      'GET /merchants': ok({ items: [merchant], nextCursor: null }),
      'POST /complaints': (options) => {
        bodies.push(options.data as { subscribed?: boolean });
        return { statusCode: 201, data: created };
      },
    });
    const { container } = render(<NewComplaintPage />);
    await fillAll(container);
    fireEvent.click(screen.getByText('提交投诉'));
    await screen.findByText('TS202603150001');
    expect(requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['TPL-1'] });
    expect(bodies[0].subscribed).toBe(true);
  });
});
