import type { PropsWithChildren, ReactNode } from 'react';
import { Radio } from '@nutui/nutui-react-taro';

interface ChipGroupProps<T extends string> {
  className?: string;
  /** Read out by screen readers, e.g. 告知方式. */
  label?: string;
  value: string;
  options: readonly T[];
  /** The chip's text; the option itself by default. */
  labelOf?: (option: T) => ReactNode;
  /** Also gets the values of extra chips passed as children (e.g. 自定义). */
  onChange: (next: string) => void;
}

/** One choice out of a few, as a row of button-like chips. */
export function ChipGroup<T extends string>({
  className,
  label,
  value,
  options,
  labelOf = (option) => option,
  onChange,
  children,
}: PropsWithChildren<ChipGroupProps<T>>) {
  return (
    <Radio.Group
      className={className}
      direction="horizontal"
      shape="button"
      value={value}
      onChange={(next) => onChange(String(next))}
      aria-label={label}
    >
      {options.map((option) => (
        <Radio key={option} value={option} shape="button">
          {labelOf(option)}
        </Radio>
      ))}
      {children}
    </Radio.Group>
  );
}
