import { useState, type PropsWithChildren } from 'react';
import { Text, View } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import { DecisionDialog } from '@/components/decision-dialog';
import { reasonError } from '@/components/reason-dialog';
import { ApiError } from '@/services/request';
import './staff-disclosure.scss';

export interface ActionDialogProps {
  visible: boolean;
  title: string;
  confirmText: string;
  /** What the step does and who is told. */
  hint?: string;
  /** A written note: what it is called (退回原因, 撤回原因 …) and whether it may stay empty. */
  note?: { what: string; optional?: boolean };
  /** A problem of the fields above the note (e.g. no reason chosen). */
  error?: string;
  onCancel: () => void;
  /** Rejects to keep the dialog open; the server's message is shown inside. */
  onConfirm: (note: string) => Promise<void>;
}

/** A staff step confirmed in a NutUI dialog, with an optional note and the server's refusal. */
export function ActionDialog({
  visible,
  title,
  confirmText,
  hint,
  note,
  error,
  onCancel,
  onConfirm,
  children,
}: PropsWithChildren<ActionDialogProps>) {
  const [text, setText] = useState('');
  const [refused, setRefused] = useState<string>();
  const trimmed = text.trim();
  const noteError =
    note && !(note.optional && trimmed === '') ? reasonError(text, note.what) : undefined;
  const close = () => {
    setText('');
    setRefused(undefined);
    onCancel();
  };
  return (
    <DecisionDialog
      visible={visible}
      title={title}
      confirmText={confirmText}
      error={error ?? noteError}
      showError={Boolean(error) || text !== ''}
      className="action-dialog"
      onCancel={close}
      onConfirm={async () => {
        setRefused(undefined);
        try {
          await onConfirm(trimmed);
          setText('');
        } catch (caught) {
          setRefused(caught instanceof ApiError ? caught.message : '操作失败，请稍后再试');
          throw caught;
        }
      }}
    >
      {hint && <Text className="muted">{hint}</Text>}
      {children}
      {note && (
        <View>
          <TextArea
            className="action-dialog__note"
            value={text}
            onChange={(value) => {
              setText(value);
              setRefused(undefined);
            }}
            placeholder={`${note.what}${note.optional ? '（选填）' : '（至少2个字）'}`}
            maxLength={500}
            showCount
          />
        </View>
      )}
      {refused && (
        <View className="action-dialog__refused" role="alert">
          {refused}
        </View>
      )}
    </DecisionDialog>
  );
}
