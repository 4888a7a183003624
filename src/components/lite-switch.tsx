import { View } from '@tarojs/components';
import './lite-switch.scss';

interface LiteSwitchProps {
  checked: boolean;
  /** What it switches, read aloud by screen readers. */
  label: string;
  onChange: (checked: boolean) => void;
}

/** An on/off switch for the main package: NutUI's Switch look without its script and styles. */
export function LiteSwitch({ checked, label, onChange }: LiteSwitchProps) {
  return (
    <View
      className={`lite-switch${checked ? ' lite-switch--on' : ''}`}
      role="switch"
      aria-checked={checked}
      aria-label={label}
      onClick={() => onChange(!checked)}
    >
      <View className="lite-switch__knob" />
    </View>
  );
}
