import { View, Text } from '@tarojs/components';
import type { ReviewItem } from '@api/quiz';
import { keysLabel } from '../quiz-vocabulary';
import { Explanation, QuestionView } from './question-view';
import '../quiz.scss';

interface ReviewCardProps {
  item: ReviewItem;
  index: number;
  onReport: (questionId: string) => void;
}

/** One question after hand-in: what was chosen, what is right, and why. */
export function ReviewCard({ item, index, onReport }: ReviewCardProps) {
  return (
    <View
      className={`section quiz-review ${item.isCorrect ? 'quiz-review--right' : 'quiz-review--wrong'}`}
      aria-label={`第${index}题${item.isCorrect ? '答对' : '答错'}`}
    >
      <QuestionView
        question={item.question}
        index={index}
        chosen={item.chosen}
        correct={item.correct}
      />
      <View className="quiz-review__answers">
        <Text className={`quiz-verdict quiz-verdict--${item.isCorrect ? 'right' : 'wrong'}`}>
          {item.isCorrect ? '✓ 回答正确' : '✗ 回答错误'}
        </Text>
        <Text>你的答案：{keysLabel(item.chosen)}</Text>
        <Text>正确答案：{keysLabel(item.correct)}</Text>
      </View>
      <Explanation text={item.explanation} />
      <View className="quiz-review__foot">
        <View
          className="quiz-link tap-target"
          role="button"
          onClick={() => onReport(item.question.id)}
        >
          题目有误？
        </View>
      </View>
    </View>
  );
}
