import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { CampaignPhase } from '@api/campaigns';
import { CAMPAIGN_PHASE_LABELS, CAMPAIGN_PHASES } from '@/domain/campaign-vocabulary';
import { EmptyState } from '@/components/empty-state';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { TabStrip } from '@/components/tab-strip';
import { usePagedList } from '@/hooks/use-paged-list';
import { campaignsApi } from '../../api';
import { CampaignCard } from '../../components/campaign-card';
import './index.scss';

// 进行中 first: what a visitor can still report under.
const PHASES: CampaignPhase[] = ['active', 'upcoming', 'ended'];
const TABS = PHASES.map((value) => ({ value, label: CAMPAIGN_PHASE_LABELS[value] }));

const EMPTY: Record<CampaignPhase, string> = {
  active: '目前没有进行中的专项整治',
  upcoming: '暂无即将开始的专项整治',
  ended: '还没有已结束的专项整治',
};

const isPhase = (value: string | undefined): value is CampaignPhase =>
  (CAMPAIGN_PHASES as readonly string[]).includes(value ?? '');

/** 专项整治: the published campaigns, 进行中 / 即将开始 / 已结束. */
export default function CampaignsPage() {
  const param = useRouter().params.phase;
  const [phase, setPhase] = useState<CampaignPhase>(isPhase(param) ? param : 'active');
  const list = usePagedList((cursor) => campaignsApi.list(phase, cursor), { key: phase });

  return (
    <PageShell className="campaigns">
      <TabStrip tabs={TABS} value={phase} onChange={setPhase} />
      <PagedListView
        list={list}
        empty={
          <View className="campaigns__empty">
            <EmptyState title={EMPTY[phase]} description="发现违法线索，也可以随时举报" />
          </View>
        }
      >
        {(items) => items.map((item) => <CampaignCard key={item.id} campaign={item} />)}
      </PagedListView>
    </PageShell>
  );
}
