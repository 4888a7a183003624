import { useState } from 'react';
import { Text } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import { DecisionDialog } from '@/components/decision-dialog';
import { TIP_LIMITS } from '@/domain/tip-vocabulary';

export type ReportAction = 'hide' | 'dismiss';

interface ResolveDialogProps {
  /** Which decision is being confirmed; undefined: closed. */
  action: ReportAction | undefined;
  title: string;
  onCancel: () => void;
  /** Rejects to keep the dialog open (the request failed). */
  onConfirm: (note: string | undefined) => Promise<void>;
}

/** 屏蔽 (hide) the reported tip or 驳回 the report, with an optional note for the record. */
export function ResolveDialog({ action, title, onCancel, onConfirm }: ResolveDialogProps) {
  const [note, setNote] = useState('');
  const hide = action === 'hide';
  const close = () => {
    setNote('');
    onCancel();
  };
  return (
    <DecisionDialog
      visible={action !== undefined}
      title={hide ? '屏蔽小贴士' : '驳回举报'}
      confirmText={hide ? '确认屏蔽' : '确认驳回'}
      onCancel={close}
      onConfirm={async () => {
        await onConfirm(note.trim() || undefined);
        setNote('');
      }}
    >
      <Text className="muted">
        {hide
          ? `「${title}」将从所有公开页面消失，它的其他举报一并处理。`
          : `确认「${title}」没有问题，驳回这条举报？`}
      </Text>
      <TextArea
        value={note}
        onChange={setNote}
        placeholder="备注（选填）"
        maxLength={TIP_LIMITS.note.max}
        showCount
      />
    </DecisionDialog>
  );
}
