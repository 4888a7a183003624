import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Picker } from '@nutui/nutui-react-taro';
import './option-picker.scss';

interface OptionPickerProps {
  title: string;
  options: readonly string[];
  value: string;
  placeholder?: string;
  onChange: (value: string) => void;
}

/** A tappable value that opens a NutUI roller picker over a list of strings. */
export function OptionPicker({
  title,
  options,
  value,
  placeholder = '请选择',
  onChange,
}: OptionPickerProps) {
  const [open, setOpen] = useState(false);
  const current = options.includes(value) ? value : options[0];
  return (
    <>
      <View
        className="option-picker tap-target"
        aria-label={title}
        role="button"
        onClick={() => setOpen(true)}
      >
        <Text className={value ? 'option-picker__value' : 'option-picker__placeholder'}>
          {value || placeholder}
        </Text>
        <Text className="option-picker__arrow">▾</Text>
      </View>
      {open && (
        <Picker
          visible
          title={title}
          options={[options.map((option) => ({ label: option, value: option }))]}
          defaultValue={current === undefined ? [] : [current]}
          onConfirm={(_selected, values) => {
            const chosen = values[0] ?? current;
            if (chosen !== undefined && chosen !== null) onChange(String(chosen));
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
