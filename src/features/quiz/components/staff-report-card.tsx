import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { QuestionReport } from '@api/quiz';
import { DIFFICULTY_LABEL, REPORT_STATUS_LABEL, TYPE_LABEL } from '../staff-vocabulary';
import { questionNumber } from './staff-question-number';
import './staff-report-card.scss';

const time = (iso: string) => dayjs(iso).format('YYYY年M月D日 HH:mm');

interface StaffReportCardProps {
  report: QuestionReport;
  onEdit: () => void;
  onResolve: (status: 'fixed' | 'dismissed') => void;
}

/** One 题目纠错: the question as it is now (answer, explanation) and what the user said. */
export function StaffReportCard({ report, onEdit, onResolve }: StaffReportCardProps) {
  const { question } = report;
  const answer = question.answer.join('、');
  const number = questionNumber(question.id);
  return (
    <View className="section staff-report">
      <View className="staff-report__head">
        {number && <Text className="staff-report__id">题号 {number}</Text>}
        <View className="staff-report__tags">
          <Tag type="primary">{TYPE_LABEL[question.type]}</Tag>
          <Tag type="info">{question.topic}</Tag>
          <Tag plain>{DIFFICULTY_LABEL[question.difficulty]}</Tag>
          {question.retired && <Tag type="default">已停用</Tag>}
        </View>
      </View>
      <Text className="staff-report__stem">{question.stem}</Text>
      <View className="staff-report__options">
        {question.options.map((option) => (
          <Text
            key={option.key}
            className={`staff-report__option ${
              question.answer.includes(option.key) ? 'is-correct' : ''
            }`}
          >
            {option.key}. {option.text}
            {question.answer.includes(option.key) ? ' ✓' : ''}
          </Text>
        ))}
      </View>
      <Text className="staff-report__answer">当前答案：{answer}</Text>
      <Text className="staff-report__explanation">解析：{question.explanation}</Text>

      <View className="staff-report__message">
        <Text className="staff-report__quote">“{report.message}”</Text>
        <Text className="muted">
          {report.reporterNickname} · {time(report.createdAt)}
        </Text>
      </View>

      {report.status === 'open' ? (
        <View className="staff-report__actions">
          <Button size="small" fill="outline" onClick={onEdit}>
            去修改
          </Button>
          <Button size="small" fill="outline" type="danger" onClick={() => onResolve('dismissed')}>
            驳回
          </Button>
          <Button size="small" type="primary" onClick={() => onResolve('fixed')}>
            标记已修正
          </Button>
        </View>
      ) : (
        <View className="staff-report__outcome">
          <Tag type={report.status === 'fixed' ? 'success' : 'default'}>
            {REPORT_STATUS_LABEL[report.status]}
          </Tag>
          {report.resolvedAt && <Text className="muted">{time(report.resolvedAt)}</Text>}
          {report.note && <Text className="staff-report__note">备注：{report.note}</Text>}
        </View>
      )}
    </View>
  );
}
