import { FormField } from '@/components/form-field';
import { ChipGroup } from '@/components/chip-group';
import { ADVISORY_TOOLS } from '@/domain/advisory-vocabulary';
import { QUIZ_TOPICS } from '@/domain/quiz-vocabulary';
import {
  ACTION_CHOICES,
  ACTION_CHOICE_LABEL,
  TOOL_LABEL,
  type ActionChoice,
  type AdvisoryTool,
} from './staff-vocabulary';

export interface ActionDraft {
  action: ActionChoice;
  quizTopic: string;
  tool: AdvisoryTool | '';
}

/** 行动按钮 under the advisory: none, 投诉, 拨打12315, a quiz topic or a tool. */
export function ActionField({
  value,
  error,
  onChange,
}: {
  value: ActionDraft;
  error?: string;
  onChange: (patch: Partial<ActionDraft>) => void;
}) {
  return (
    <FormField label="行动按钮" error={error} hint="读者看完后可以直接去做的事（选填）">
      <ChipGroup
        label="行动按钮"
        value={value.action}
        options={ACTION_CHOICES}
        labelOf={(choice) => ACTION_CHOICE_LABEL[choice]}
        onChange={(action) => onChange({ action: action as ActionChoice })}
      />
      {value.action === 'quiz' && (
        <ChipGroup
          label="答题主题"
          value={value.quizTopic}
          options={QUIZ_TOPICS}
          onChange={(quizTopic) => onChange({ quizTopic })}
        />
      )}
      {value.action === 'tool' && (
        <ChipGroup
          label="工具"
          value={value.tool}
          options={ADVISORY_TOOLS}
          labelOf={(tool) => TOOL_LABEL[tool]}
          onChange={(tool) => onChange({ tool: tool as AdvisoryTool })}
        />
      )}
    </FormField>
  );
}
