import { useEffect, useState } from 'react';
import { Text } from '@tarojs/components';
import type {
  DisclosureOutcome,
  DisclosureResponse,
  ResponseDecisionBody,
  UpheldRemedy,
} from '@api/disclosure';
import { ChipGroup } from '@/components/chip-group';
import {
  DISCLOSURE_OUTCOMES,
  DISCLOSURE_OUTCOME_LABELS,
  UPHELD_REMEDIES,
} from '@/domain/disclosure-vocabulary';
import { ActionDialog } from './action-dialog';

const REMEDY_LABELS: Record<UpheldRemedy, string> = {
  exclude: '排除该条',
  correct: '更正结果',
  'publish-statement': '公布说明',
};

interface UpholdDialogProps {
  response: DisclosureResponse | undefined;
  onCancel: () => void;
  onConfirm: (response: DisclosureResponse, body: ResponseDecisionBody) => Promise<void>;
}

/** 采纳: what follows (排除该条 / 更正结果 with the right outcome / 公布说明) and a note. */
export function UpholdDialog({ response, onCancel, onConfirm }: UpholdDialogProps) {
  const [remedy, setRemedy] = useState<UpheldRemedy>('publish-statement');
  const [outcome, setOutcome] = useState<DisclosureOutcome | ''>('');
  // An objection disputes the row; a statement only explains it.
  useEffect(() => {
    if (response) setRemedy(response.kind === 'objection' ? 'exclude' : 'publish-statement');
    setOutcome('');
  }, [response]);
  const error = remedy === 'correct' && !outcome ? '请选择更正后的结果' : undefined;
  return (
    <ActionDialog
      visible={response !== undefined}
      title="采纳"
      confirmText="确认采纳"
      hint={response ? `${response.businessName}：${response.text}` : undefined}
      note={{ what: '处理说明', optional: true }}
      error={error}
      onCancel={onCancel}
      onConfirm={async (note) => {
        if (!response) return;
        await onConfirm(response, {
          decision: 'upheld',
          remedy,
          ...(remedy === 'correct' && outcome ? { outcome } : {}),
          ...(note ? { reason: note } : {}),
        });
      }}
    >
      <ChipGroup
        label="采纳后"
        value={remedy}
        options={UPHELD_REMEDIES}
        labelOf={(option) => REMEDY_LABELS[option]}
        onChange={(next) => setRemedy(next as UpheldRemedy)}
      />
      {remedy === 'correct' && (
        <>
          <Text className="muted">更正后的结果</Text>
          <ChipGroup
            label="更正后的结果"
            value={outcome}
            options={DISCLOSURE_OUTCOMES}
            labelOf={(option) => DISCLOSURE_OUTCOME_LABELS[option]}
            onChange={(next) => setOutcome(next as DisclosureOutcome)}
          />
        </>
      )}
      <Text className="muted">
        {remedy === 'exclude' ? '该条不再公示。' : '经营者的说明会随该条一起公示。'}
      </Text>
    </ActionDialog>
  );
}

export { REMEDY_LABELS };
