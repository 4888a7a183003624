import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { CampaignStatus } from '@api/campaigns';
import { CAMPAIGN_STATUS_LABELS, CAMPAIGN_STATUSES } from '@/domain/campaign-vocabulary';
import { gatedPage } from '@/components/access-gate';
import { EmptyState } from '@/components/empty-state';
import { PagedListView } from '@/components/paged-list-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { campaignRoutes } from '../../routes';
import { campaignsStaffApi } from '../../staff-api';
import { StaffCampaignCard } from '../../staff-components/staff-campaign-card';
import '@/components/filter-chips.scss';
import './index.scss';

const EMPTY: Record<CampaignStatus, string> = {
  draft: '没有草稿',
  published: '还没有发布的专项整治',
  withdrawn: '没有已撤下的专项整治',
};

function Manage() {
  const [status, setStatus] = useState<CampaignStatus>('published');
  const list = usePagedList((cursor) => campaignsStaffApi.list(status, cursor), {
    key: status,
    reloadOnShow: true,
  });
  return (
    <>
      <View className="campaign-manage__actions">
        <Button type="primary" onClick={() => void Taro.navigateTo({ url: campaignRoutes.create })}>
          新建专项整治
        </Button>
      </View>
      <View className="section">
        <View className="filter-chips" role="tablist" aria-label="按状态查看">
          {CAMPAIGN_STATUSES.map((value) => (
            <View
              key={value}
              className={`filter-chips__chip tap-target ${value === status ? 'is-active' : ''}`}
              role="tab"
              aria-selected={value === status}
              onClick={() => setStatus(value)}
            >
              {CAMPAIGN_STATUS_LABELS[value]}
            </View>
          ))}
        </View>
      </View>
      <PagedListView
        list={list}
        empty={
          <View className="campaign-manage__empty">
            <EmptyState title={EMPTY[status]} description="县域配置中的专项整治会自动出现在这里" />
          </View>
        }
      >
        {(items) => items.map((item) => <StaffCampaignCard key={item.id} campaign={item} />)}
      </PagedListView>
    </>
  );
}

/** 专项整治管理 (staff): every campaign by status, 新建, and each one's edit and 举报统计. */
export default gatedPage('campaign-manage', { staffOnly: true }, Manage);
