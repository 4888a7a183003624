import { View } from '@tarojs/components';
import { DISCLOSURE_STATUS_LABELS } from '@/domain/disclosure-vocabulary';
import { MANAGE_TABS, type ManageTab } from './staff-labels';
import '@/components/filter-chips.scss';
import './staff-disclosure.scss';

const label = (tab: ManageTab) => (tab === 'all' ? '全部' : DISCLOSURE_STATUS_LABELS[tab]);

/** 草稿 / 异议期 / 待审批 / 已公示 / 全部, as a row of chips. */
export function StatusTabs({
  value,
  onChange,
}: {
  value: ManageTab;
  onChange: (tab: ManageTab) => void;
}) {
  return (
    <View className="filter-chips disclosure-chips" role="tablist" aria-label="按状态查看">
      {MANAGE_TABS.map((tab) => {
        const active = tab === value;
        return (
          <View
            key={tab}
            className={`filter-chips__chip tap-target ${active ? 'is-active' : ''}`}
            role="tab"
            aria-selected={active}
            onClick={() => !active && onChange(tab)}
          >
            {label(tab)}
          </View>
        );
      })}
    </View>
  );
}
