import type { PropsWithChildren, ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
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
