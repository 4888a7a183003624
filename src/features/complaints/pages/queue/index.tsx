import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ComplaintStatus } from '@api/complaints';
import { OptionPicker } from '@/components/option-picker';
import { useRegion } from '@/hooks/use-region';
import { gatedPage } from '@/components/access-gate';
import { ComplaintList } from '../../components/complaint-list';
import { StatusFilter } from '../../components/status-filter';
import { useComplaintList } from '../../use-complaint-list';
import './index.scss';

interface Filters {
  status?: ComplaintStatus;
  industry?: string;
  town?: string;
}

/** The filters chosen from the county's lists: 行业 and 镇街. */
const PICKERS = [
  { filter: 'industry', options: 'industries', title: '选择行业', placeholder: '全部行业' },
  { filter: 'town', options: 'towns', title: '选择镇街', placeholder: '全部镇街' },
] as const;

function Queue() {
  const region = useRegion();
  const [filters, setFilters] = useState<Filters>({});
  const list = useComplaintList({ scope: 'all', ...filters });
  const set = (patch: Filters) => setFilters((current) => ({ ...current, ...patch }));
  const filtered = Boolean(filters.status || filters.industry || filters.town);

  return (
    <>
      <View className="section queue__filters">
        <Text className="muted">按期限排列，最紧迫的在前。红色为已逾期，橙色为两天内到期。</Text>
        <StatusFilter value={filters.status} onChange={(status) => set({ status })} />
        <View className="queue__pickers">
          {PICKERS.map((picker) => (
            <OptionPicker
              key={picker.filter}
              title={picker.title}
              placeholder={picker.placeholder}
              options={region?.[picker.options] ?? []}
              value={filters[picker.filter] ?? ''}
              onChange={(value) => set({ [picker.filter]: value })}
            />
          ))}
          {filtered && (
            <Button size="small" fill="none" onClick={() => setFilters({})}>
              清除筛选
            </Button>
          )}
        </View>
      </View>
      <ComplaintList
        list={list}
        showDeadline
        showWarnings
        empty={{
          title: filtered ? '没有符合条件的投诉' : '没有待处理的投诉',
          description: filtered ? '换个筛选条件试试' : '消费者提交的投诉会出现在这里',
        }}
      />
    </>
  );
}

/** 投诉处理 (staff): every complaint, the most urgent deadline first, filterable. */
export default gatedPage('queue', { staffOnly: true }, Queue);
