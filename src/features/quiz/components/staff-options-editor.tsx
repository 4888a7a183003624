import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { QuestionType } from '@api/quiz';
import { LIMITS, MAX_OPTIONS, MIN_OPTIONS, OPTION_KEYS } from '../staff-vocabulary';
import './staff-options-editor.scss';

interface StaffOptionsEditorProps {
  type: QuestionType;
  options: string[];
  correct: number[];
  onText: (index: number, text: string) => void;
  onToggle: (index: number) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/**
 * The options of a question, keyed A, B, C … in order; tap 正确 to mark the answer(s).
 * 判断 options are fixed (A 对 / B 错): only the answer can be chosen.
 */
export function StaffOptionsEditor({
  type,
  options,
  correct,
  onText,
  onToggle,
  onAdd,
  onRemove,
}: StaffOptionsEditorProps) {
  const fixed = type === 'true-false';
  return (
    <View className="staff-options">
      {options.map((text, index) => {
        const key = OPTION_KEYS[index];
        const on = correct.includes(index);
        return (
          <View key={index} className={`staff-options__row ${on ? 'is-correct' : ''}`}>
            <View
              className="staff-options__key tap-target"
              role={type === 'multiple' ? 'checkbox' : 'radio'}
              aria-checked={on}
              aria-label={`选项${key}为正确答案`}
              onClick={() => onToggle(index)}
            >
              {on ? '✓' : key}
            </View>
            {fixed ? (
              <Text className="staff-options__fixed" onClick={() => onToggle(index)}>
                {key}. {text}
              </Text>
            ) : (
              <Input
                className="staff-options__input"
                name={`option-${key}`}
                value={text}
                placeholder={`选项${key}的内容`}
                maxLength={LIMITS.option}
                onChange={(next) => onText(index, next)}
              />
            )}
            {!fixed && options.length > MIN_OPTIONS && (
              <View
                className="staff-options__remove tap-target"
                role="button"
                aria-label={`删除选项${key}`}
                onClick={() => onRemove(index)}
              >
                删除
              </View>
            )}
          </View>
        );
      })}
      {!fixed && options.length < MAX_OPTIONS && (
        <Button size="small" fill="dashed" className="staff-options__add" onClick={onAdd}>
          + 添加选项
        </Button>
      )}
    </View>
  );
}
