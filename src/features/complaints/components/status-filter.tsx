import { View } from '@tarojs/components';
import type { ComplaintStatus } from '@api/complaints';
import { COMPLAINT_STATUSES, STATUS } from '../labels';
import '@/components/filter-chips.scss';
import './status-filter.scss';

interface StatusFilterProps {
  value: ComplaintStatus | undefined;
  onChange: (status: ComplaintStatus | undefined) => void;
  /** The statuses offered; all by default. */
  statuses?: readonly ComplaintStatus[];
}

/** Chips: 全部 and one per status; tapping the chosen one again goes back to 全部. */
export function StatusFilter({
  value,
  onChange,
  statuses = COMPLAINT_STATUSES,
}: StatusFilterProps) {
  const chip = (status: ComplaintStatus | undefined, label: string) => {
    const active = value === status;
    return (
      <View
        key={status ?? 'all'}
        className={`filter-chips__chip status-filter__chip tap-target ${active ? 'is-active' : ''}`}
        role="button"
        aria-pressed={active}
        onClick={() => onChange(active ? undefined : status)}
      >
        {label}
      </View>
    );
  };
  return (
    <View className="filter-chips status-filter" aria-label="按状态筛选">
      {chip(undefined, '全部')}
      {statuses.map((status) => chip(status, STATUS[status].label))}
    </View>
  );
}
