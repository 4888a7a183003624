import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { Membership } from '@api/merchants';
import type { Region } from '@api/region';
import seededRegion from '../../server/src/db/seed/region.json';
import { taroTest } from './support/taro-mock';
import { fakeApi, fail, ok } from './support/api-fake';
import RegisterPage from '@/features/merchants/pages/register/index';
import { creditCodeCheckChar } from '@/domain/credit-code';
import { session } from '@/services/session';

const region = seededRegion as Region;
const DRAFT = 'fx.draft.merchant-register';

const merchantSession = {
  token: 'jwt-merchant',
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  user: { id: '01JUSER000000000000000000A', role: 'consumer' as const, nickname: '微信用户0001' },
};

/** A valid code: 91 (企业) + area + organisation code + the check character. */
const body17 = '91520322MA6DL1234';
const validCode = body17 + creditCodeCheckChar(body17);
const wrongCheck = body17 + (creditCodeCheckChar(body17) === '0' ? '1' : '0');

const membership = (patch: Partial<Membership> = {}): Membership => ({
  id: '01JMEMBER0000000000000000A',
  merchantId: '01JMERCHANT000000000000001',
  merchantName: '湄潭县青石茶业有限公司',
  creditCode: validCode,
  role: 'owner',
  status: 'pending',
  createdAt: '2026-03-15T02:00:00.000Z',
  ...patch,
});

const uploadFile = jest.fn();
afterEach(() => {
  process.env.TARO_ENV = 'h5';
});
beforeEach(() => {
  taroTest.reset();
  session.clear();
  Object.assign(Taro, {
    chooseImage: jest.fn(async () => ({ tempFilePaths: ['blob:licence-1'], tempFiles: [] })),
    uploadFile,
  });
  uploadFile.mockImplementation(
    (options: { success: (r: unknown) => void; url: string; header: Record<string, string> }) => {
      options.success({
        statusCode: 201,
        data: JSON.stringify({ id: 'UPLOAD1', url: '/api/v1/uploads/UPLOAD1', mime: 'image/jpeg' }),
      });
      return { onProgressUpdate: () => undefined };
    },
  );
});

const input = async (container: HTMLElement, name: string) =>
  waitFor(() => {
    const found = container.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!found) throw new Error(`no input ${name}`);
    return found;
  });

const type = async (container: HTMLElement, name: string, value: string) => {
  fireEvent.input(await input(container, name), { target: { value } });
};

/** The error line of the field labelled `label` ('' when none). */
const errorOf = (label: string) => {
  const field = screen.getByText(label).closest('.form-field');
  return field?.querySelector('.form-field__error')?.textContent ?? '';
};

const pickFirst = async (title: string) => {
  fireEvent.click(screen.getByLabelText(title));
  fireEvent.click(await screen.findByText('确认'));
  await waitFor(() => expect(screen.queryByText('确认')).toBeNull());
};

async function fillValidForm(container: HTMLElement) {
  await type(container, 'creditCode', validCode);
  await type(container, 'name', '湄潭县青石茶业有限公司');
  fireEvent.click(screen.getByText('拍照/上传'));
  await screen.findByLabelText('照片1');
  await pickFirst('选择行业');
  await pickFirst('选择镇街');
  await type(container, 'address', '城关镇人民路1号');
  await type(container, 'contactName', '张三');
  await type(container, 'contactPhone', '13800138000');
}

const signedIn = () => session.save(merchantSession);

describe('商家入驻', () => {
  test('signed out: asks to sign in first, then shows the form', async () => {
    fakeApi({ 'POST /auth/dev': ok(merchantSession), 'GET /region': ok(region) });
    const { container } = render(<RegisterPage />);
    expect(screen.getByText('请先登录')).toBeTruthy();
    expect(container.querySelector('input[name="creditCode"]')).toBeNull();
    fireEvent.click(screen.getByText('体验登录'));
    expect(await input(container, 'creditCode')).toBeTruthy();
  });

  test('checks the credit code as it is typed, upper-cased, and preselects the type', async () => {
    signedIn();
    fakeApi({ 'GET /region': ok(region) });
    const { container } = render(<RegisterPage />);

    await type(container, 'creditCode', '91520322ma6');
    expect((await input(container, 'creditCode')).value).toBe('91520322MA6');
    expect(errorOf('统一社会信用代码')).toBe('');
    // 91 → 企业, preselected as soon as the code says so.
    await waitFor(() =>
      expect(screen.getByText('已根据统一社会信用代码预选，可更改')).toBeTruthy(),
    );
    expect(container.querySelector('.nut-radio-button-active')?.textContent).toBe('企业');

    // A character that can never be valid is reported at once.
    await type(container, 'creditCode', '91520322MAI');
    expect(errorOf('统一社会信用代码')).toBe('第11位字符"I"不允许（不使用I、O、S、V、Z）');

    // Too short: quiet while typing, said on leaving the field.
    await type(container, 'creditCode', body17);
    expect(errorOf('统一社会信用代码')).toBe('');
    fireEvent.blur(await input(container, 'creditCode'));
    await waitFor(() =>
      expect(errorOf('统一社会信用代码')).toBe('统一社会信用代码应为18位，当前为17位'),
    );

    await type(container, 'creditCode', wrongCheck);
    expect(errorOf('统一社会信用代码')).toBe(
      `校验位错误：第18位应为"${creditCodeCheckChar(body17)}"，请核对`,
    );
    await type(container, 'creditCode', validCode);
    expect(errorOf('统一社会信用代码')).toBe('');

    // 92 → 个体工商户, unless the user chose a type themselves.
    await type(container, 'creditCode', '92');
    await waitFor(() =>
      expect(container.querySelector('.nut-radio-button-active')?.textContent).toBe('个体工商户'),
    );
    fireEvent.click(screen.getByText('其他'));
    await type(container, 'creditCode', '93');
    expect(container.querySelector('.nut-radio-button-active')?.textContent).toBe('其他');
  });

  test('other fields follow the server rules as the user types; private fields say so', async () => {
    signedIn();
    fakeApi({ 'GET /region': ok(region) });
    const { container } = render(<RegisterPage />);
    await type(container, 'name', '张');
    expect(errorOf('名称')).toBe('商家名称至少2个字');
    await type(container, 'contactPhone', '1380013');
    expect(errorOf('联系电话')).toBe('请输入11位手机号码');
    await type(container, 'publicPhone', '电话');
    expect(errorOf('公开电话')).toBe('公开电话为5–20位数字，可含“-”');
    await type(container, 'address', '城关');
    expect(errorOf('经营地址')).toBe('经营地址至少4个字');
    expect(screen.getByText('仅工作人员可见')).toBeTruthy();
    expect(screen.getByText('仅工作人员可见，核验时用于联系您')).toBeTruthy();

    // Sending an incomplete form sends nothing and names every missing field.
    const api = fakeApi({ 'GET /region': ok(region) });
    fireEvent.click(screen.getByText('提交入驻申请'));
    expect(await screen.findByText('请上传营业执照照片')).toBeTruthy();
    expect(errorOf('行业')).toBe('请选择行业');
    expect(errorOf('统一社会信用代码')).toBe('请输入统一社会信用代码');
    expect(api.calls).toEqual([]);
  });

  test('the draft survives a remount and a failed submit; the retry reuses the key; success clears it', async () => {
    signedIn();
    const keys: string[] = [];
    const bodies: unknown[] = [];
    const register = jest.fn();
    fakeApi({
      'GET /region': ok(region),
      'POST /merchants': (options) => {
        keys.push(options.header!['Idempotency-Key']);
        bodies.push(options.data);
        return register();
      },
    });
    register.mockReturnValue(new Error('offline'));

    const first = render(<RegisterPage />);
    await fillValidForm(first.container);
    fireEvent.click(screen.getByText('提交入驻申请'));
    expect(
      await screen.findByText('网络不给力，填写的内容已保存在本机，网络恢复后再点提交即可。'),
    ).toBeTruthy();
    expect(taroTest.storage.has(DRAFT)).toBe(true);
    first.unmount();

    // Everything typed is back after the page is closed and opened again.
    const second = render(<RegisterPage />);
    expect((await input(second.container, 'creditCode')).value).toBe(validCode);
    expect((await input(second.container, 'contactPhone')).value).toBe('13800138000');
    expect(screen.getByText(region.industries[0])).toBeTruthy();
    expect(screen.getByLabelText('照片1')).toBeTruthy();

    register.mockReturnValue({ statusCode: 201, data: membership() });
    fireEvent.click(screen.getByText('提交入驻申请'));
    expect(await screen.findByText('提交成功，等待工作人员核验')).toBeTruthy();

    // Three network attempts of the first submit, then the user's retry: one key throughout.
    expect(new Set(keys).size).toBe(1);
    expect(bodies.at(-1)).toEqual({
      creditCode: validCode,
      name: '湄潭县青石茶业有限公司',
      type: '企业',
      industry: region.industries[0],
      town: region.towns[0],
      address: '城关镇人民路1号',
      contactName: '张三',
      contactPhone: '13800138000',
      licencePhoto: 'UPLOAD1',
    });
    expect(taroTest.storage.has(DRAFT)).toBe(false);

    fireEvent.click(screen.getByText('查看我的商家'));
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/features/merchants/pages/mine/index' });
  });

  test('an existing business: the answer is a join request', async () => {
    signedIn();
    fakeApi({
      'GET /region': ok(region),
      'POST /merchants': { statusCode: 201, data: membership({ role: 'member' }) },
    });
    const { container } = render(<RegisterPage />);
    await fillValidForm(container);
    fireEvent.click(screen.getByText('提交入驻申请'));
    expect(
      await screen.findByText(/该商家已登记，已向商家负责人\/工作人员提交加入申请/),
    ).toBeTruthy();
  });

  test('a business already on the bureau list: the answer names it as registered', async () => {
    signedIn();
    fakeApi({
      'GET /region': ok(region),
      'POST /merchants': { statusCode: 201, data: membership({ merchantName: '青石茶业' }) },
    });
    const { container } = render(<RegisterPage />);
    await fillValidForm(container);
    fireEvent.click(screen.getByText('提交入驻申请'));
    expect(
      await screen.findByText(/该商家已在名录中登记为「青石茶业」，你的认领申请已提交/),
    ).toBeTruthy();
  });

  test("the server's field errors appear under their fields; 409 shows its message", async () => {
    signedIn();
    fakeApi({
      'GET /region': ok(region),
      'POST /merchants': [
        {
          statusCode: 400,
          data: {
            code: 'VALIDATION_FAILED',
            message: 'contactPhone：格式不正确',
            fields: { contactPhone: '格式不正确', 'location.lat': '不能大于90' },
          },
        },
        fail(400, 'INVALID_CREDIT_CODE', '该代码的登记管理部门代码无效'),
        fail(409, 'MEMBERSHIP_EXISTS', '你已提交过该商家的入驻申请'),
      ],
    });
    const { container } = render(<RegisterPage />);
    await fillValidForm(container);

    fireEvent.click(screen.getByText('提交入驻申请'));
    await waitFor(() => expect(errorOf('联系电话')).toBe('格式不正确'));
    expect(errorOf('位置')).toBe('不能大于90');
    // Editing the field clears the server's word on it.
    await type(container, 'contactPhone', '13900139000');
    expect(errorOf('联系电话')).toBe('');

    fireEvent.click(screen.getByText('提交入驻申请'));
    await waitFor(() => expect(errorOf('统一社会信用代码')).toBe('该代码的登记管理部门代码无效'));

    await type(container, 'creditCode', validCode);
    fireEvent.click(screen.getByText('提交入驻申请'));
    expect(await screen.findByText('你已提交过该商家的入驻申请')).toBeTruthy();
    fireEvent.click(screen.getByText('查看我的商家'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/merchants/pages/mine/index' });
    expect(taroTest.storage.has(DRAFT)).toBe(true);
  });

  test('在地图上选择 in the browser says it works in the mini-program; the address is typed', async () => {
    signedIn();
    fakeApi({ 'GET /region': ok(region) });
    const { container } = render(<RegisterPage />);
    await input(container, 'address');
    fireEvent.click(screen.getByText('在地图上选择'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '在地图上选择需在微信小程序中使用，地址可直接填写' }),
      ),
    );
    expect(Taro.chooseLocation).not.toHaveBeenCalled();
  });

  test('在地图上选择 (weapp): a cancel is silent, another failure is explained', async () => {
    process.env.TARO_ENV = 'weapp';
    signedIn();
    fakeApi({ 'GET /region': ok(region) });
    const { container } = render(<RegisterPage />);
    await input(container, 'address');
    const chooseLocation = Taro.chooseLocation as jest.Mock;
    chooseLocation.mockRejectedValueOnce({ errMsg: 'chooseLocation:fail cancel' });
    fireEvent.click(screen.getByText('在地图上选择'));
    await waitFor(() => expect(chooseLocation).toHaveBeenCalledTimes(1));
    await act(async () => undefined);
    expect(Taro.showToast).not.toHaveBeenCalled();
    chooseLocation.mockRejectedValueOnce({ errMsg: 'chooseLocation:fail auth deny' });
    fireEvent.click(screen.getByText('在地图上选择'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '未能打开地图，位置可以不填' }),
      ),
    );
  });

  test('位置: the map choice fills an empty address and is sent as lat/lng', async () => {
    process.env.TARO_ENV = 'weapp';
    signedIn();
    (Taro.chooseLocation as jest.Mock).mockResolvedValueOnce({
      name: '青石茶业',
      address: '湄潭县城关镇茶城大道8号',
      latitude: 27.76,
      longitude: 107.48,
    });
    const sent: unknown[] = [];
    fakeApi({
      'GET /region': ok(region),
      'POST /merchants': (options) => {
        sent.push(options.data);
        return { statusCode: 201, data: membership() };
      },
    });
    const { container } = render(<RegisterPage />);
    await input(container, 'address');
    fireEvent.click(screen.getByText('在地图上选择'));
    await waitFor(async () =>
      expect((await input(container, 'address')).value).toBe('湄潭县城关镇茶城大道8号'),
    );
    expect(screen.getByText('青石茶业')).toBeTruthy();
    await act(async () => undefined);
    await type(container, 'creditCode', validCode);
    await type(container, 'name', '湄潭县青石茶业有限公司');
    fireEvent.click(screen.getByText('拍照/上传'));
    await screen.findByLabelText('照片1');
    await pickFirst('选择行业');
    await pickFirst('选择镇街');
    await type(container, 'contactName', '张三');
    await type(container, 'contactPhone', '13800138000');
    fireEvent.click(screen.getByText('提交入驻申请'));
    await screen.findByText('提交成功，等待工作人员核验');
    expect(sent[0]).toMatchObject({
      address: '湄潭县城关镇茶城大道8号',
      location: { lat: 27.76, lng: 107.48 },
    });
  });
});
