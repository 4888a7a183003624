import { Radio } from '@nutui/nutui-react-taro';

/** How staff reached a party (电话, 书面, 现场 …): one button-style choice for every record form. */
export function MethodChoice<M extends string>(props: {
  methods: readonly M[];
  labels: Record<M, string>;
  value: M;
  onChange: (method: M) => void;
  label?: string;
}) {
  return (
    <Radio.Group
      direction="horizontal"
      value={props.value}
      onChange={(v) => props.onChange(v as M)}
      aria-label={props.label}
    >
      {props.methods.map((m) => (
        <Radio key={m} value={m} shape="button">
          {props.labels[m]}
        </Radio>
      ))}
    </Radio.Group>
  );
}
