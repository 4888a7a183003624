import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Mistake } from '@api/quiz';
import { keysLabel, sameKeys } from '../quiz-vocabulary';
import { Explanation, QuestionView, toggleChoice } from './question-view';
import '../quiz.scss';

interface MistakeCardProps {
  mistake: Mistake;
  /** 已掌握: resolves once the server forgot it; rejects to keep the card. */
  onMastered: () => Promise<void>;
}

/** A wrongly answered question to try again: choose, 提交, see right or wrong and why. */
export function MistakeCard({ mistake, onMastered }: MistakeCardProps) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [checked, setChecked] = useState(false);
  const [removing, setRemoving] = useState(false);
  const right = sameKeys(chosen, mistake.correct);

  const master = async () => {
    setRemoving(true);
    try {
      await onMastered();
    } catch {
      setRemoving(false);
    }
  };

  // Before 提交 a quiet outline button beside 提交; after it, the main way on.
  const masterButton = (
    <Button
      size="small"
      type={checked ? 'primary' : 'default'}
      fill={checked ? undefined : 'outline'}
      loading={removing}
      disabled={removing}
      onClick={() => void master()}
    >
      已掌握，移出错题本
    </Button>
  );

  return (
    <View className="section quiz-mistake" aria-label={mistake.question.stem}>
      <QuestionView
        question={mistake.question}
        chosen={chosen}
        correct={checked ? mistake.correct : undefined}
        onChoose={
          checked ? undefined : (key) => setChosen(toggleChoice(mistake.question, chosen, key))
        }
      />
      <Text className="muted quiz-mistake__times">
        答错 {mistake.timesWrong} 次 · 上次选了 {keysLabel(mistake.lastChosen)}
      </Text>
      {checked ? (
        <>
          <View className={`quiz-verdict quiz-verdict--${right ? 'right' : 'wrong'}`} role="status">
            {right ? '✓ 回答正确' : `✗ 回答错误，正确答案是 ${keysLabel(mistake.correct)}`}
          </View>
          <Explanation text={mistake.explanation} />
          <View className="quiz-mistake__actions">
            <Button
              size="small"
              fill="outline"
              onClick={() => {
                setChosen([]);
                setChecked(false);
              }}
            >
              再做一次
            </Button>
            {masterButton}
          </View>
        </>
      ) : (
        <View className="quiz-mistake__actions">
          {masterButton}
          <Button
            size="small"
            type="primary"
            disabled={chosen.length === 0}
            onClick={() => setChecked(true)}
          >
            提交
          </Button>
        </View>
      )}
    </View>
  );
}
