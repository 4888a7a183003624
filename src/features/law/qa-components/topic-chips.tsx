import { View } from '@tarojs/components';
import type { QaTopic } from '@api/law';
import { QA_TOPICS } from '@/domain/law-vocabulary';
import '@/components/filter-chips.scss';
import './chips.scss';

/** 全部 and each 问答 topic, as a row of chips (undefined: 全部). */
export function TopicChips({
  value,
  onChange,
}: {
  value: QaTopic | undefined;
  onChange: (topic: QaTopic | undefined) => void;
}) {
  const options: Array<{ topic: QaTopic | undefined; label: string }> = [
    { topic: undefined, label: '全部' },
    ...QA_TOPICS.map((topic) => ({ topic, label: topic })),
  ];
  return (
    <View className="filter-chips law-chips" role="tablist" aria-label="按主题查看">
      {options.map(({ topic, label }) => {
        const active = topic === value;
        return (
          <View
            key={label}
            className={`filter-chips__chip tap-target ${active ? 'is-active' : ''}`}
            role="tab"
            aria-selected={active}
            onClick={() => !active && onChange(topic)}
          >
            {label}
          </View>
        );
      })}
    </View>
  );
}
