import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ComplaintStatus } from '@api/complaints';
import { PageShell } from '@/components/page-shell';
import { OptionPicker } from '@/components/option-picker';
import { useRegion } from '@/hooks/use-region';
import { StaffGate } from '@/features/merchants/components/access-gate';
import { ComplaintList } from '../../components/complaint-list';
import { StatusFilter } from '../../components/status-filter';
import { useComplaintList } from '../../use-complaint-list';
import './index.scss';

interface Filters {
  status?: ComplaintStatus;
  industry?: string;
  town?: string;
}

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
          <OptionPicker
            title="选择行业"
            placeholder="全部行业"
            options={region?.industries ?? []}
            value={filters.industry ?? ''}
            onChange={(industry) => set({ industry })}
          />
          <OptionPicker
            title="选择镇街"
            placeholder="全部镇街"
            options={region?.towns ?? []}
            value={filters.town ?? ''}
            onChange={(town) => set({ town })}
          />
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
export default function ComplaintQueuePage() {
  return (
    <PageShell className="queue">
      <StaffGate>
        <Queue />
      </StaffGate>
    </PageShell>
  );
}
