import { ChipGroup } from '@/components/chip-group';

/** How staff reached a party (电话, 书面, 现场 …): one button-style choice for every record form. */
export function MethodChoice<M extends string>(props: {
  methods: readonly M[];
  labels: Record<M, string>;
  value: M;
  onChange: (method: M) => void;
  label?: string;
}) {
  return (
    <ChipGroup
      value={props.value}
      options={props.methods}
      labelOf={(m) => props.labels[m]}
      label={props.label}
      onChange={(v) => props.onChange(v as M)}
    />
  );
}
