import { View } from '@tarojs/components';
import type { AdvisoryStatus } from '@api/advisories';
import { STAFF_STATUSES, STAFF_STATUS_LABEL } from './staff-vocabulary';
import '@/components/filter-chips.scss';
import './status-tabs.scss';

/** The staff list's status tabs (草稿, 待审核, 已发布, 已下线) as a row of chips. */
export function StatusTabs({
  value,
  onChange,
}: {
  value: AdvisoryStatus;
  onChange: (status: AdvisoryStatus) => void;
}) {
  return (
    <View className="filter-chips advisory-chips" role="tablist" aria-label="按状态查看">
      {STAFF_STATUSES.map((status) => {
        const active = status === value;
        return (
          <View
            key={status}
            className={`filter-chips__chip tap-target ${active ? 'is-active' : ''}`}
            role="tab"
            aria-selected={active}
            onClick={() => !active && onChange(status)}
          >
            {STAFF_STATUS_LABEL[status]}
          </View>
        );
      })}
    </View>
  );
}
