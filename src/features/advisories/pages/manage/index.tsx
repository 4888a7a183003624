import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AdvisoryStatus } from '@api/advisories';
import { EmptyState } from '@/components/empty-state';
import { PagedListView } from '@/components/paged-list-view';
import { gatedPage } from '@/components/access-gate';
import { useSession } from '@/services/session';
import { advisoryRoutes } from '../../routes';
import { StaffAdvisoryCard } from '../../staff-components/staff-advisory-card';
import { StatusTabs } from '../../staff-components/status-tabs';
import { STAFF_STATUSES } from '../../staff-components/staff-vocabulary';
import { useManageList } from './use-manage';
import './index.scss';

const EMPTY: Record<AdvisoryStatus, { title: string; description: string }> = {
  draft: { title: '没有草稿', description: '点“写提示”撰写消费提示或警示' },
  submitted: { title: '没有待审核的提示警示', description: '同事提交审核后会出现在这里' },
  published: { title: '还没有发布的提示警示', description: '审核通过后在这里查看和下线' },
  unpublished: { title: '没有已下线的提示警示', description: '下线的内容会保留在这里备查' },
};

const isStatus = (value: string | undefined): value is AdvisoryStatus =>
  (STAFF_STATUSES as readonly string[]).includes(value ?? '');

function Manage() {
  const param = useRouter().params.status;
  // Reviewers open the list for the work waiting for them.
  const [status, setStatus] = useState<AdvisoryStatus>(isStatus(param) ? param : 'submitted');
  const list = useManageList(status);
  const me = useSession()?.user.id;

  return (
    <>
      <View className="manage__actions">
        <Button type="primary" onClick={() => void Taro.navigateTo({ url: advisoryRoutes.write })}>
          写提示
        </Button>
        <Button
          type="primary"
          fill="outline"
          onClick={() => void Taro.navigateTo({ url: advisoryRoutes.stats })}
        >
          数据统计
        </Button>
      </View>
      <View className="section">
        <StatusTabs value={status} onChange={setStatus} />
      </View>
      <PagedListView
        list={list}
        empty={
          <View className="manage__empty">
            <EmptyState title={EMPTY[status].title} description={EMPTY[status].description} />
          </View>
        }
      >
        {(items) =>
          items.map((advisory) => (
            <StaffAdvisoryCard key={advisory.id} advisory={advisory} me={me} />
          ))
        }
      </PagedListView>
    </>
  );
}

/** 提示警示管理 (staff): every advisory by status; write one; the statistics. */
export default gatedPage('manage', { staffOnly: true }, Manage);
