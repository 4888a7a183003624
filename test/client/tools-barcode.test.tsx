import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { taroTest } from './support/taro-mock';
import { eanCheckDigit } from '@/domain/barcode';
import BarcodePage from '@/features/tools/pages/barcode/index';
import ToolsPage from '@/features/tools/pages/index/index';
import { typeInto, toolInput } from './support/tools-fixtures';

const type = (container: HTMLElement, value: string) => typeInto(container, 'barcode', value);
const input = (container: HTMLElement) => toolInput(container, 'barcode');

const withCheck = (body: string) => body + String(eanCheckDigit(body));
const CN = withCheck('690123456789'); // GS1 China
const EAN8 = withCheck('9638507');

const noticeShown = () => {
  expect(screen.getByText(/并不代表商品的生产国或原产地/)).toBeTruthy();
  expect(screen.getByText(/不能证明商品是正品/)).toBeTruthy();
};

beforeEach(() => taroTest.reset());
afterEach(() => {
  process.env.TARO_ENV = 'h5';
});

describe('工具箱', () => {
  test('lists the three tools with a line each and opens them', () => {
    render(<ToolsPage />);
    expect(screen.getByText('条码查询')).toBeTruthy();
    expect(screen.getByText('SC编号校验')).toBeTruthy();
    expect(screen.getByText('信用代码校验')).toBeTruthy();
    expect(screen.getByText(/核对商品条码/)).toBeTruthy();
    fireEvent.click(screen.getByText('条码查询'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/features/tools/pages/barcode/index' });
    fireEvent.click(screen.getByText('信用代码校验'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/features/tools/pages/credit-code/index',
    });
  });
});

describe('条码查询', () => {
  test('the notice is shown before anything is typed, with the official lookup', () => {
    render(<BarcodePage />);
    noticeShown();
    expect(screen.getAllByText(/条码追溯/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/中国物品编码中心/).length).toBeGreaterThan(0);
  });

  test('a valid 690 code: EAN-13, issued by 中国物品编码中心; notice still shown', async () => {
    const { container } = render(<BarcodePage />);
    // Printed in groups under the bars: spaces are fine.
    await type(container, `${CN.slice(0, 1)} ${CN.slice(1, 7)} ${CN.slice(7)}`);
    expect(screen.getByText('校验通过')).toBeTruthy();
    expect(screen.getByText('EAN-13')).toBeTruthy();
    expect(screen.getByText('前缀 690')).toBeTruthy();
    expect(screen.getByText(/编码组织：中国物品编码中心/)).toBeTruthy();
    noticeShown();
  });

  test('a wrong check digit says which digit it should be', async () => {
    const { container } = render(<BarcodePage />);
    const expected = eanCheckDigit(CN.slice(0, 12));
    const wrong = CN.slice(0, 12) + String((expected + 1) % 10);
    await type(container, wrong);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('EAN-13');
    expect(alert.textContent).toContain(`最后一位应为"${expected}"`);
    expect(screen.queryByText('校验通过')).toBeNull();
    noticeShown();
  });

  test('EAN-8 is recognised; short input is a quiet count; letters are dropped', async () => {
    const { container } = render(<BarcodePage />);
    await type(container, EAN8);
    expect(screen.getByText('EAN-8')).toBeTruthy();
    expect(screen.getByText('校验通过')).toBeTruthy();

    await type(container, '69012');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('当前为5位');

    // A digits-only field (number pad): a pasted letter never reaches the check.
    await type(container, '69012A');
    expect((await input(container)).value).toBe('69012');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('扫一扫 scans a barcode and fills the input', async () => {
    process.env.TARO_ENV = 'weapp';
    (Taro.scanCode as jest.Mock).mockResolvedValueOnce({ result: CN, scanType: 'EAN_13' });
    const { container } = render(<BarcodePage />);
    fireEvent.click(screen.getByText('扫一扫'));
    await waitFor(async () => expect((await input(container)).value).toBe(CN));
    expect(Taro.scanCode).toHaveBeenCalledWith({ scanType: ['barCode'] });
    expect(screen.getByText('校验通过')).toBeTruthy();
    expect(screen.getByText(/中国物品编码中心（GS1 China）/)).toBeTruthy();
  });

  test('a cancelled scan leaves the input alone, silently', async () => {
    process.env.TARO_ENV = 'weapp';
    (Taro.scanCode as jest.Mock).mockRejectedValueOnce({ errMsg: 'scanCode:fail cancel' });
    const { container } = render(<BarcodePage />);
    await type(container, '690');
    fireEvent.click(screen.getByText('扫一扫'));
    await waitFor(() => expect(Taro.scanCode).toHaveBeenCalled());
    expect((await input(container)).value).toBe('690');
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  test('a camera the user refused is explained', async () => {
    process.env.TARO_ENV = 'weapp';
    (Taro.scanCode as jest.Mock).mockRejectedValueOnce({ errMsg: 'scanCode:fail auth deny' });
    render(<BarcodePage />);
    fireEvent.click(screen.getByText('扫一扫'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '未能打开扫一扫，请允许微信使用摄像头后重试' }),
      ),
    );
  });

  test('in the browser 扫一扫 says it works in the mini-program and to type the code', async () => {
    render(<BarcodePage />);
    fireEvent.click(screen.getByText('扫一扫'));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '扫一扫需在微信小程序中使用，可直接输入条码数字' }),
      ),
    );
    expect(Taro.scanCode).not.toHaveBeenCalled();
  });
});
