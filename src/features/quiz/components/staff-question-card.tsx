import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { StaffQuestion } from '@api/quiz';
import { quizRoutes } from '../routes';
import { DIFFICULTY_LABEL, TYPE_LABEL } from '../staff-vocabulary';
import { questionNumber } from './staff-question-number';
import './staff-question-card.scss';

/** One bank question in the staff list: tags, stem, how it is answered, open 纠错. */
export function StaffQuestionCard({ question }: { question: StaffQuestion }) {
  const rate = question.correctRate;
  const number = questionNumber(question.id);
  return (
    <View
      className={`section staff-question ${question.retired ? 'is-retired' : ''}`}
      role="button"
      onClick={() => void Taro.navigateTo({ url: quizRoutes.question(question.id) })}
    >
      {(number || question.openReports > 0) && (
        <View className="staff-question__head">
          {number ? <Text className="staff-question__id">题号 {number}</Text> : <View />}
          {question.openReports > 0 && (
            <Text className="staff-question__reports">{question.openReports} 条纠错</Text>
          )}
        </View>
      )}
      <View className="staff-question__tags">
        <Tag type="primary">{TYPE_LABEL[question.type]}</Tag>
        <Tag type="info">{question.topic}</Tag>
        <Tag plain>{question.subtopic}</Tag>
        <Tag type={question.difficulty === 3 ? 'danger' : 'warning'} plain>
          {DIFFICULTY_LABEL[question.difficulty]}
        </Tag>
        {question.retired && <Tag type="default">已停用</Tag>}
      </View>
      <Text className="staff-question__stem">{question.stem}</Text>
      <View className="staff-question__stats muted">
        {question.answered > 0 ? (
          <>
            <Text>作答 {question.answered} 次</Text>
            <Text
              className={rate !== undefined && rate < 40 ? 'staff-question__rate--low' : undefined}
            >
              正确率 {rate === undefined ? '—' : `${rate}%`}
            </Text>
          </>
        ) : (
          <Text>暂无作答</Text>
        )}
      </View>
    </View>
  );
}
