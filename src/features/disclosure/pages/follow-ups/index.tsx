import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { FollowUpStatus } from '@api/disclosure';
import { gatedPage } from '@/components/access-gate';
import { EmptyState } from '@/components/empty-state';
import { LoadState } from '@/components/load-state';
import { PagedListView } from '@/components/paged-list-view';
import { TabStrip } from '@/components/tab-strip';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRemote } from '@/hooks/use-remote';
import { FollowUpCard } from '../../follow-up-components/follow-up-card';
import { followUpApi } from '../../follow-up-api';
import { FlagCard } from './flag-card';
import '@/components/filter-chips.scss';
import './index.scss';

type Tab = 'flags' | 'records';
const TABS = [
  { value: 'flags', label: '预警名单' },
  { value: 'records', label: '跟进记录' },
] as const;

const FILTERS: { value: FollowUpStatus | ''; label: string }[] = [
  { value: '', label: '全部' },
  { value: 'open', label: '进行中' },
  { value: 'done', label: '已完成' },
];

function Flags() {
  const remote = useRemote(() => followUpApi.flags());
  return (
    <LoadState {...remote} onRetry={() => void remote.reload()}>
      {({ items }) =>
        items.length === 0 ? (
          <EmptyState title="暂无预警" description="最新一期公示中没有超过预警线的经营者或行业" />
        ) : (
          <>
            <View className="follow-ups__intro muted">
              最新一期公示中投诉较多或调解成功率较低的经营者和行业，可据此开展重点监管、行政指导或约谈。
            </View>
            {items.map((flag) => (
              <FlagCard
                key={
                  flag.target.kind === 'business' ? flag.target.merchantId : flag.target.industry
                }
                flag={flag}
              />
            ))}
          </>
        )
      }
    </LoadState>
  );
}

function Records() {
  const [status, setStatus] = useState<FollowUpStatus | ''>('');
  const list = usePagedList((cursor) => followUpApi.list(status || undefined, cursor), {
    key: status,
    reloadOnShow: true,
  });
  return (
    <>
      <View className="filter-chips follow-ups__filters" role="tablist" aria-label="按状态查看">
        {FILTERS.map((filter) => (
          <View
            key={filter.value}
            role="tab"
            aria-selected={status === filter.value}
            className={`filter-chips__chip tap-target ${status === filter.value ? 'is-active' : ''}`}
            onClick={() => setStatus(filter.value)}
          >
            {filter.label}
          </View>
        ))}
      </View>
      <PagedListView
        list={list}
        empty={<EmptyState title="暂无跟进记录" description="在预警名单中点“记录跟进”添加" />}
      >
        {(items) => items.map((item) => <FollowUpCard key={item.id} followUp={item} />)}
      </PagedListView>
    </>
  );
}

function FollowUps() {
  const initial = useRouter().params.tab === 'records' ? 'records' : 'flags';
  const [tab, setTab] = useState<Tab>(initial);
  return (
    <>
      <TabStrip tabs={TABS} value={tab} onChange={setTab} />
      {tab === 'flags' ? <Flags /> : <Records />}
    </>
  );
}

/** 公示后跟进 (staff): the flagged businesses and industries, and the follow-ups recorded. */
export default gatedPage('follow-ups', { staffOnly: true }, FollowUps);
