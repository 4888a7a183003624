import { render, screen } from '@testing-library/react';
import { taroTest } from './support/taro-mock';
import ScPage from '@/features/tools/pages/sc/index';
import { typeInto, toolInput, toolPart } from './support/tools-fixtures';

const type = (container: HTMLElement, value: string) => typeInto(container, 'sc', value);
const input = (container: HTMLElement) => toolInput(container, 'sc');

beforeEach(() => taroTest.reset());

describe('SC编号校验', () => {
  test('the note on the unpublished check digit is always shown', () => {
    render(<ScPage />);
    expect(screen.getByText(/校验位的计算方法未公开/)).toBeTruthy();
  });

  test('a well-formed number (typed in lower case) is split into its parts', async () => {
    const { container } = render(<ScPage />);
    await type(container, 'sc10652032200123');
    expect((await input(container)).value).toBe('SC10652032200123');
    expect(screen.getByText('格式正确')).toBeTruthy();
    expect(toolPart('食品类别').value).toBe('106');
    expect(toolPart('食品类别').text).toContain('食品');
    expect(toolPart('省份').value).toBe('52');
    expect(toolPart('省份').text).toContain('贵州省');
    expect(toolPart('市').value).toBe('03');
    expect(toolPart('市').text).toContain('遵义市');
    expect(toolPart('县').value).toBe('22');
    expect(toolPart('县').text).toContain('桐梓县');
    expect(toolPart('顺序码').value).toBe('0012');
    expect(toolPart('校验码').value).toBe('3');
    expect(toolPart('校验码').text).toContain('未验证');
    expect(screen.getByText(/校验位的计算方法未公开/)).toBeTruthy();
  });

  test('食品添加剂 category; an unknown province code says so', async () => {
    const { container } = render(<ScPage />);
    await type(container, 'SC20199010100015');
    expect(toolPart('食品类别').text).toContain('食品添加剂');
    expect(toolPart('省份').value).toBe('99');
    expect(toolPart('省份').text).toContain('不在省级行政区划代码表中');
  });

  test('市/县 digits not on the list, and a municipality, are named plainly', async () => {
    const { container } = render(<ScPage />);
    await type(container, 'SC10135019900123');
    expect(toolPart('市').text).toContain('福州市');
    expect(toolPart('县').text).toContain('县区代码（未收录，请核对）');

    await type(container, 'SC10111010500123');
    expect(toolPart('市').text).toContain('北京市（直辖市）');
    expect(toolPart('县').text).toContain('朝阳区');
  });

  test('invalid numbers give the reason; short input is only a count', async () => {
    const { container } = render(<ScPage />);
    await type(container, 'SC3065203220012');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('当前为13位');

    await type(container, 'SC30652032200123');
    expect(screen.getByRole('alert').textContent).toContain('类别编码"306"无效');
    expect(screen.queryByText('食品类别')).toBeNull();

    await type(container, 'QS10652032200123');
    expect(screen.getByRole('alert').textContent).toContain('应以"SC"开头');

    await type(container, 'S');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
