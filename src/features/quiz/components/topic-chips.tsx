import { View, Text } from '@tarojs/components';
import type { Topic } from '@api/quiz';
import { TOPICS } from '../quiz-vocabulary';
import '../quiz.scss';

interface TopicChipsProps {
  value: Topic | undefined;
  onChange: (topic: Topic | undefined) => void;
  /** Question counts per topic (landing page); a topic without questions cannot be chosen. */
  counts?: Partial<Record<Topic, number>>;
  allLabel?: string;
}

/** 全部 or one of the three topics, as a row of chips. */
export function TopicChips({ value, onChange, counts, allLabel = '全部' }: TopicChipsProps) {
  const total = counts ? TOPICS.reduce((sum, topic) => sum + (counts[topic] ?? 0), 0) : undefined;
  const chips: { topic: Topic | undefined; label: string; count?: number }[] = [
    { topic: undefined, label: allLabel, count: total },
    ...TOPICS.map((topic) => ({ topic, label: topic, count: counts?.[topic] })),
  ];
  return (
    <View className="quiz-chips" role="radiogroup">
      {chips.map((chip) => {
        const empty = chip.count === 0;
        const selected = chip.topic === value;
        return (
          <View
            key={chip.label}
            className={`quiz-chip tap-target ${selected ? 'quiz-chip--on' : ''} ${empty ? 'quiz-chip--off' : ''}`}
            role="radio"
            aria-checked={selected}
            aria-disabled={empty}
            onClick={() => !empty && onChange(chip.topic)}
          >
            <Text>{chip.label}</Text>
            {chip.count !== undefined && <Text className="quiz-chip__count">{chip.count}题</Text>}
          </View>
        );
      })}
    </View>
  );
}
