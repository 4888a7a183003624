import { View, Text, Image } from '@tarojs/components';
import type { PaperQuestion } from '@api/quiz';
import { apiBase } from '@/services/api-base';
import { CitedText } from '@/features/law';
import { MULTIPLE_HINT, TYPE_LABELS } from '../quiz-vocabulary';
import '../quiz.scss';

/** The next choice after tapping `key`: multiple toggles it, single and true-false replace. */
export function toggleChoice(
  question: Pick<PaperQuestion, 'type'>,
  chosen: readonly string[],
  key: string,
): string[] {
  if (question.type !== 'multiple') return [key];
  return chosen.includes(key) ? chosen.filter((item) => item !== key) : [...chosen, key].sort();
}

interface QuestionViewProps {
  question: PaperQuestion;
  /** "第 n/total 题" when given (1-based). */
  index?: number;
  total?: number;
  chosen: readonly string[];
  /** Tapping an option; absent: read-only. */
  onChoose?: (key: string) => void;
  /** The correct keys, once known: marks right and wrong options. Never given while answering. */
  correct?: readonly string[];
}

const imageUrl = (src: string) => (src.startsWith('/') ? `${apiBase()}${src}` : src);

/** A question: its tags, stem, optional picture and the options as tappable cards. */
export function QuestionView({
  question,
  index,
  total,
  chosen,
  onChoose,
  correct,
}: QuestionViewProps) {
  const multiple = question.type === 'multiple';
  return (
    <View className="quiz-question">
      <View className="quiz-question__meta">
        {index !== undefined && (
          <Text className="quiz-question__number">
            第 {index}
            {total !== undefined ? `/${total}` : ''} 题
          </Text>
        )}
        <Text className="quiz-tag quiz-tag--type">{TYPE_LABELS[question.type]}</Text>
        <Text className="quiz-tag">{question.topic}</Text>
        <Text className="quiz-tag quiz-tag--plain">{question.subtopic}</Text>
      </View>
      <Text className="quiz-question__stem">{question.stem}</Text>
      {question.image && (
        <Image className="quiz-question__image" src={imageUrl(question.image)} mode="widthFix" />
      )}
      {multiple && <Text className="quiz-question__hint">{MULTIPLE_HINT}</Text>}
      <View className="quiz-options" role={multiple ? 'group' : 'radiogroup'}>
        {question.options.map((option) => {
          const picked = chosen.includes(option.key);
          const right = correct?.includes(option.key);
          const state = correct
            ? right
              ? 'correct'
              : picked
                ? 'wrong'
                : 'idle'
            : picked
              ? 'chosen'
              : 'idle';
          return (
            <View
              key={option.key}
              className={`quiz-option quiz-option--${state} ${onChoose ? 'tap-target' : ''}`}
              role={multiple ? 'checkbox' : 'radio'}
              aria-checked={picked}
              aria-disabled={!onChoose}
              onClick={onChoose ? () => onChoose(option.key) : undefined}
            >
              <Text className={`quiz-option__key ${multiple ? 'quiz-option__key--square' : ''}`}>
                {option.key}
              </Text>
              <Text className="quiz-option__text">{option.text}</Text>
              {state === 'correct' && <Text className="quiz-option__mark">✓</Text>}
              {state === 'wrong' && <Text className="quiz-option__mark">✗</Text>}
              {correct && picked && <Text className="quiz-option__mine">你的选择</Text>}
            </View>
          );
        })}
      </View>
    </View>
  );
}

/** 解析: why the right answer is right (result review and the 错题本). */
export function Explanation({ text }: { text: string }) {
  return (
    <View className="quiz-explanation">
      <Text className="quiz-explanation__title">解析</Text>
      {/* Each cited article is a tap to its words (普法). */}
      <CitedText text={text} />
    </View>
  );
}
