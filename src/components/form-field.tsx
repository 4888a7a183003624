import type { ComponentProps, PropsWithChildren, ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import './form-field.scss';

interface FormFieldProps {
  label: string;
  required?: boolean;
  /** A quiet line under the control, e.g. who can see the value. */
  hint?: ReactNode;
  /** The rule or the server's problem with the current value. */
  error?: string;
  className?: string;
}

/** One labelled form control with its hint and its error, in the order people read them. */
export function FormField({
  label,
  required,
  hint,
  error,
  className,
  children,
}: PropsWithChildren<FormFieldProps>) {
  return (
    <View className={`form-field ${error ? 'form-field--error' : ''} ${className ?? ''}`}>
      <View className="form-field__label">
        <Text>{label}</Text>
        {required ? <Text className="form-field__required">*</Text> : null}
      </View>
      <View className="form-field__control">{children}</View>
      {hint ? <Text className="form-field__hint">{hint}</Text> : null}
      {error ? (
        <View className="form-field__error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  );
}

/** A form's draft, its problems by field and how to change it: what a bound field reads. */
export interface FormBinding<V> {
  value: V;
  errors: { readonly [field: string]: string | undefined };
  change: (patch: Partial<V>) => void;
}

/** The draft's fields that hold text. */
type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

type InputOptions = Pick<
  ComponentProps<typeof Input>,
  'type' | 'placeholder' | 'maxLength' | 'onBlur' | 'className'
>;

interface BoundInputProps<V> extends InputOptions {
  form: Pick<FormBinding<V>, 'value' | 'change'>;
  name: TextKey<V>;
}

/**
 * The phone's keypad for a numeric field in the browser: NutUI renders `digit` as a plain text
 * box there (full keyboard) and `number` as `tel` (with * # +). The mini-program reads `type`.
 */
export const NUMERIC_KEYPAD = {
  digit: { inputmode: 'decimal' },
  number: { inputmode: 'numeric' },
} as const;

/** A text input that shows and changes one field of a form's draft. */
export function BoundInput<V>({ form, name, ...input }: BoundInputProps<V>) {
  const keypad =
    input.type === 'digit' || input.type === 'number'
      ? NUMERIC_KEYPAD[input.type as keyof typeof NUMERIC_KEYPAD]
      : undefined;
  return (
    <Input
      name={name}
      value={form.value[name] as string}
      nativeProps={keypad}
      {...input}
      onChange={(text) => form.change({ [name]: text } as Partial<V>)}
    />
  );
}

interface TextFieldProps<V> extends Omit<FormFieldProps, 'error' | 'className'>, InputOptions {
  form: FormBinding<V>;
  name: TextKey<V>;
}

/** A labelled text input bound to one field of a form, with that field's problem. */
export function TextField<V>({ form, name, label, required, hint, ...input }: TextFieldProps<V>) {
  return (
    <FormField label={label} required={required} hint={hint} error={form.errors[name]}>
      <BoundInput form={form} name={name} {...input} />
    </FormField>
  );
}
