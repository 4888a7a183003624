import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { fakeApi, ok } from './support/api-fake';
import { detail } from './support/merchants-fixtures';
import { creditCodeCheckChar } from '@/domain/credit-code';
import CreditCodePage from '@/features/tools/pages/credit-code/index';
import { typeInto, toolInput, toolPart } from './support/tools-fixtures';

const type = (container: HTMLElement, value: string) => typeInto(container, 'creditCode', value);
const input = (container: HTMLElement) => toolInput(container, 'creditCode');

// FACTS.md worked example, recomputed rather than trusted.
const BODY = '91350100M000100Y4';
const CODE = BODY + creditCodeCheckChar(BODY);

beforeEach(() => taroTest.reset());
afterEach(() => {
  process.env.TARO_ENV = 'h5';
});

describe('信用代码校验', () => {
  test('the worked example checks out as 3', () => {
    expect(creditCodeCheckChar(BODY)).toBe('3');
  });

  test('valid (typed in lower case): parts explained; not registered here → not illegal', async () => {
    const api = fakeApi({
      [`GET /merchants/by-code/${CODE}`]: {
        statusCode: 404,
        data: { code: 'MERCHANT_NOT_FOUND', message: '未查到该商家' },
      },
    });
    const { container } = render(<CreditCodePage />);
    await type(container, CODE.toLowerCase());
    expect((await input(container)).value).toBe(CODE);
    expect(screen.getByText('校验通过')).toBeTruthy();
    expect(toolPart('登记管理部门').value).toBe('9');
    expect(toolPart('登记管理部门').text).toContain('工商（市场监管）');
    expect(toolPart('机构类别').value).toBe('1');
    expect(toolPart('机构类别').text).toContain('企业');
    expect(toolPart('行政区划码').value).toBe('350100');
    // GB/T 2260: 350100 is 福州市, not just the province.
    expect(toolPart('行政区划码').text).toContain('登记地：福建省福州市');
    expect(toolPart('组织机构代码').value).toBe('M000100Y4');
    expect(toolPart('校验码').value).toBe('3');

    expect(await screen.findByText('本平台未登记该商家')).toBeTruthy();
    expect(screen.getByText(/不代表经营不合法/)).toBeTruthy();
    expect(api.calls).toEqual([`GET /merchants/by-code/${CODE}`]);
    // Quietly: no toast for the 404.
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  test('the 行政区划码 names the county; one not on the list says so', async () => {
    fakeApi({});
    const { container } = render(<CreditCodePage />);
    const county = '91350102M000100Y4';
    await type(container, county + creditCodeCheckChar(county));
    expect(toolPart('行政区划码').value).toBe('350102');
    expect(toolPart('行政区划码').text).toContain('登记地：福建省福州市鼓楼区');

    // 130185 (鹿泉市) became 130110 鹿泉区 in 2014: the prefecture is still named.
    const abolished = '91130185M000100Y4';
    await type(container, abolished + creditCodeCheckChar(abolished));
    expect(toolPart('行政区划码').text).toContain('河北省石家庄市（后几位未收录');

    const nowhere = '91990000M000100Y4';
    await type(container, nowhere + creditCodeCheckChar(nowhere));
    expect(toolPart('行政区划码').text).toContain('不在行政区划代码表中');
  });

  test('found: the name, its badges and a button to the merchant page', async () => {
    const merchant = detail({
      creditCode: CODE,
      badges: {
        modelUnit: { category: '商场超市', level: '县级', year: 2026 },
        pledge: true,
        initiative: false,
      },
    });
    fakeApi({ [`GET /merchants/by-code/${CODE}`]: ok(merchant) });
    const { container } = render(<CreditCodePage />);
    await type(container, CODE);
    expect(await screen.findByText(merchant.name)).toBeTruthy();
    expect(screen.getByText('县级放心消费示范单位')).toBeTruthy();
    expect(screen.getByText('线下无理由退货')).toBeTruthy();
    fireEvent.click(screen.getByText('查看商家信息'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/features/merchants/pages/detail/index?id=${merchant.id}`,
    });
  });

  test('a wrong check character names the expected one, and nothing is looked up', async () => {
    const api = fakeApi({});
    const expected = creditCodeCheckChar(BODY);
    const wrong = BODY + (expected === '0' ? '1' : '0');
    const { container } = render(<CreditCodePage />);
    await type(container, wrong);
    expect(screen.getByRole('alert').textContent).toContain(`第18位应为"${expected}"`);
    expect(screen.queryByText('登记管理部门')).toBeNull();
    expect(screen.queryByText('本平台登记情况')).toBeNull();
    expect(api.calls).toEqual([]);
  });

  test('a forbidden character gives its position; short input is a quiet count', async () => {
    const { container } = render(<CreditCodePage />);
    await type(container, '9135010');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('当前为7位');

    await type(container, '91350100MO');
    expect(screen.getByRole('alert').textContent).toContain('第10位字符"O"不允许');
  });

  test('扫一扫 reads the 18-character code from a licence QR', async () => {
    process.env.TARO_ENV = 'weapp';
    fakeApi({
      [`GET /merchants/by-code/${CODE}`]: {
        statusCode: 404,
        data: { code: 'MERCHANT_NOT_FOUND', message: '未查到该商家' },
      },
    });
    (Taro.scanCode as jest.Mock).mockResolvedValueOnce({
      result: `https://gsxt.example/lic?uniscid=${CODE}&v=2`,
      scanType: 'QR_CODE',
    });
    const { container } = render(<CreditCodePage />);
    fireEvent.click(screen.getByText('扫一扫'));
    await waitFor(async () => expect((await input(container)).value).toBe(CODE));
    expect(screen.getByText('校验通过')).toBeTruthy();
    expect(await screen.findByText('本平台未登记该商家')).toBeTruthy();
  });

  test('a scan with no credit code says so and leaves the input alone', async () => {
    process.env.TARO_ENV = 'weapp';
    (Taro.scanCode as jest.Mock).mockResolvedValueOnce({ result: 'hello', scanType: 'QR_CODE' });
    const { container } = render(<CreditCodePage />);
    fireEvent.click(screen.getByText('扫一扫'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '未识别出统一社会信用代码' }),
      ),
    );
    expect((await input(container)).value).toBe('');
  });

  test('in the browser 扫一扫 says it works in the mini-program and to type the code', async () => {
    render(<CreditCodePage />);
    fireEvent.click(screen.getByText('扫一扫'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({
          title: '扫一扫需在微信小程序中使用，可直接输入统一社会信用代码',
        }),
      ),
    );
    expect(Taro.scanCode).not.toHaveBeenCalled();
  });
});
