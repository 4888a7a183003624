import { render, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { taroTest } from './support/taro-mock';
import { BoundInput } from '@/components/form-field';
import BarcodePage from '@/features/tools/pages/barcode/index';
import { toolInput, typeInto } from './support/tools-fixtures';

// Issue 13: a field that takes only numbers opens the phone's number pad. In the browser NutUI
// renders `number` as type=tel and `digit` as plain text; the inputmode attribute picks the pad.

beforeEach(() => taroTest.reset());

function Amount({ type }: { type: 'digit' | 'number' | 'text' }) {
  const [value, setValue] = useState({ amount: '' });
  return (
    <BoundInput
      form={{ value, change: (patch) => setValue((old) => ({ ...old, ...patch })) }}
      name="amount"
      type={type}
      placeholder="金额"
    />
  );
}

const nativeInput = (container: HTMLElement, name: string) =>
  waitFor(() => {
    const found = container.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!found) throw new Error(`no input ${name}`);
    return found;
  });

test('条码查询: the barcode input opens the number pad and keeps only digits', async () => {
  const { container } = render(<BarcodePage />);
  const input = await toolInput(container, 'barcode');
  expect(input.getAttribute('type')).toBe('tel');
  expect(input.getAttribute('inputmode')).toBe('numeric');

  // Pasted with the spaces and a stray letter: only the digits stay.
  await typeInto(container, 'barcode', '6 901234 56789A');
  await waitFor(() => expect(input.value).toBe('690123456789'));
});

test('an amount (digit) asks for the decimal pad, a count (number) for the number pad', async () => {
  const digit = render(<Amount type="digit" />);
  expect((await nativeInput(digit.container, 'amount')).getAttribute('inputmode')).toBe('decimal');
  digit.unmount();

  const number = render(<Amount type="number" />);
  expect((await nativeInput(number.container, 'amount')).getAttribute('inputmode')).toBe('numeric');
  number.unmount();

  const text = render(<Amount type="text" />);
  expect((await nativeInput(text.container, 'amount')).getAttribute('inputmode')).toBeNull();
});
