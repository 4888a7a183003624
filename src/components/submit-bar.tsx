import type { ComponentProps, PropsWithChildren, ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { SubmitNotice } from '@/services/form-errors';
import { FormNotice } from './form-notice';

interface SubmitButtonProps {
  /** True while the form is being sent: the button spins and cannot be pressed again. */
  busy: boolean;
  onSubmit: () => unknown;
  block?: boolean;
  className?: string;
}

/** The primary button that sends a form. */
export function SubmitButton({
  busy,
  onSubmit,
  block = true,
  className,
  children,
}: PropsWithChildren<SubmitButtonProps>) {
  return (
    <Button
      className={className}
      block={block}
      type="primary"
      loading={busy}
      disabled={busy}
      onClick={() => void onSubmit()}
    >
      {children}
    </Button>
  );
}

/** What a SubmitBar reads from its form's hook. */
interface SubmittingForm {
  sending: boolean;
  submit: () => unknown;
  /** The submission's problem that belongs to no single field. */
  notice?: SubmitNotice;
}

interface SubmitBarProps {
  form: SubmittingForm;
  className: string;
  label: string;
  /** A muted line under the button, e.g. that the draft is kept on this phone. */
  note?: ReactNode;
  /** Where the user sees what they already sent, offered with a notice (see FormNotice). */
  mine?: ComponentProps<typeof FormNotice>['mine'];
}

/**
 * The end of a form: its problem (if any), its submit button ("正在提交…" while sending),
 * other buttons (children) and a note.
 */
export function SubmitBar({
  form,
  className,
  label,
  note,
  mine,
  children,
}: PropsWithChildren<SubmitBarProps>) {
  return (
    <>
      {mine && <FormNotice notice={form.notice} mine={mine} />}
      <View className={className}>
        <SubmitButton busy={form.sending} onSubmit={form.submit}>
          {form.sending ? '正在提交…' : label}
        </SubmitButton>
        {children}
        {note && <Text className="muted">{note}</Text>}
      </View>
    </>
  );
}
