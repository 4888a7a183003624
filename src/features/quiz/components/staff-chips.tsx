import { View } from '@tarojs/components';
import '@/components/filter-chips.scss';

interface StaffChipsProps<T extends string> {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** A row of mutually exclusive chips (tabs for a list's filter). */
export function StaffChips<T extends string>({
  label,
  options,
  value,
  onChange,
}: StaffChipsProps<T>) {
  return (
    <View className="filter-chips staff-chips" role="tablist" aria-label={label}>
      {options.map((option) => {
        const active = option.value === value;
        return (
          <View
            key={option.value}
            className={`filter-chips__chip staff-chips__chip tap-target ${active ? 'is-active' : ''}`}
            role="tab"
            aria-selected={active}
            onClick={() => !active && onChange(option.value)}
          >
            {option.label}
          </View>
        );
      })}
    </View>
  );
}
