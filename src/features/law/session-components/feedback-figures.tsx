import { Text, View } from '@tarojs/components';
import type { SessionStats } from '@api/law';
import { SESSION_USEFUL, SESSION_USEFUL_LABELS } from '@/domain/law-vocabulary';
import './feedback-figures.scss';

type Figures = Pick<
  SessionStats['towns'][number],
  'attendees' | 'feedback' | 'useful' | 'wantTopics'
>;

/** 很有用/有些用/没什么用 as one bar split by share, with the counts spelled out under it. */
export function UsefulBar({ useful }: { useful: Figures['useful'] }) {
  const total = useful.yes + useful.some + useful.no;
  if (total === 0) return <Text className="muted">还没有反馈</Text>;
  const words = SESSION_USEFUL.map((key) => `${SESSION_USEFUL_LABELS[key]} ${useful[key]}`);
  return (
    <View className="useful-bar" aria-label={`是否有用：${words.join('，')}`}>
      <View className="useful-bar__track">
        {SESSION_USEFUL.map((key) =>
          useful[key] > 0 ? (
            <View
              key={key}
              className={`useful-bar__part is-${key}`}
              style={{ width: `${(useful[key] / total) * 100}%` }}
            />
          ) : null,
        )}
      </View>
      <View className="useful-bar__legend">
        {SESSION_USEFUL.map((key) => (
          <Text key={key} className={`useful-bar__key is-${key}`}>
            {SESSION_USEFUL_LABELS[key]} {useful[key]}（{Math.round((useful[key] / total) * 100)}%）
          </Text>
        ))}
      </View>
    </View>
  );
}

/** Attendance, feedback count, the useful bar and the most wanted topics. */
export function FeedbackFigures({ figures }: { figures: Figures }) {
  return (
    <View className="feedback-figures">
      <View className="feedback-figures__counts">
        <Text>签到 {figures.attendees} 人</Text>
        <Text>反馈 {figures.feedback} 份</Text>
      </View>
      <UsefulBar useful={figures.useful} />
      {figures.wantTopics.length > 0 && (
        <Text className="feedback-figures__topics">
          还想了解：
          {figures.wantTopics
            .slice(0, 5)
            .map((item) => `${item.topic}（${item.count}）`)
            .join('、')}
        </Text>
      )}
    </View>
  );
}
