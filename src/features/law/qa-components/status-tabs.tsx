import { View, Text } from '@tarojs/components';
import type { QaStatus } from '@api/law';
import { QA_STATUS_LABELS, QA_STATUSES } from '@/domain/law-vocabulary';
import '@/components/filter-chips.scss';
import './chips.scss';

/** The staff list's status tabs (草稿, 待审核, 已发布, 已撤下), 待审核 with how many wait. */
export function QaStatusTabs({
  value,
  waiting,
  onChange,
}: {
  value: QaStatus;
  /** Cards waiting for review: a number, '50+' for a long queue, undefined while unknown. */
  waiting: string | undefined;
  onChange: (status: QaStatus) => void;
}) {
  return (
    <View className="filter-chips law-chips" role="tablist" aria-label="按状态查看">
      {QA_STATUSES.map((status) => {
        const active = status === value;
        const count = status === 'submitted' && waiting && waiting !== '0' ? waiting : undefined;
        return (
          <View
            key={status}
            className={`filter-chips__chip tap-target ${active ? 'is-active' : ''}`}
            role="tab"
            aria-selected={active}
            aria-label={count ? `${QA_STATUS_LABELS[status]}，${count}条` : undefined}
            onClick={() => !active && onChange(status)}
          >
            <Text>{QA_STATUS_LABELS[status]}</Text>
            {count && <Text className="law-chips__count">{count}</Text>}
          </View>
        );
      })}
    </View>
  );
}
