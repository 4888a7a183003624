import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { QaStatus } from '@api/law';
import { EmptyState } from '@/components/empty-state';
import { PagedListView } from '@/components/paged-list-view';
import { gatedPage } from '@/components/access-gate';
import { QA_STATUSES } from '@/domain/law-vocabulary';
import { useSession } from '@/services/session';
import { lawRoutes } from '../../routes';
import { StaffQaCard } from '../../qa-components/staff-qa-card';
import { QaStatusTabs } from '../../qa-components/status-tabs';
import { useQaManage } from './use-qa-manage';
import './index.scss';

const EMPTY: Record<QaStatus, { title: string; description: string }> = {
  draft: { title: '没有草稿', description: '点“新建问答”撰写一条' },
  submitted: { title: '没有待审核的问答', description: '同事提交审核后会出现在这里' },
  published: { title: '还没有发布的问答', description: '审核发布后在这里查看和撤下' },
  unpublished: { title: '没有已撤下的问答', description: '撤下的问答会保留在这里备查' },
};

const isStatus = (value: string | undefined): value is QaStatus =>
  (QA_STATUSES as readonly string[]).includes(value ?? '');

function Manage() {
  const param = useRouter().params.status;
  // Reviewers open the list on the work waiting for them.
  const [status, setStatus] = useState<QaStatus>(isStatus(param) ? param : 'submitted');
  const { list, waiting } = useQaManage(status);
  const me = useSession()?.user.id;
  return (
    <>
      <View className="law-qa-manage__actions">
        <Button type="primary" onClick={() => void Taro.navigateTo({ url: lawRoutes.qaCreate })}>
          新建问答
        </Button>
        <Button
          type="primary"
          fill="outline"
          onClick={() => void Taro.navigateTo({ url: lawRoutes.qa() })}
        >
          看公开页
        </Button>
      </View>
      <View className="section">
        <QaStatusTabs value={status} waiting={waiting} onChange={setStatus} />
      </View>
      <PagedListView
        list={list}
        empty={
          <View className="law-qa-manage__empty">
            <EmptyState title={EMPTY[status].title} description={EMPTY[status].description} />
          </View>
        }
      >
        {(items) => items.map((qa) => <StaffQaCard key={qa.id} qa={qa} me={me} />)}
      </PagedListView>
    </>
  );
}

/** 问答管理 (staff): every card by status, 待审核 with its count; 新建问答. */
export default gatedPage('law-qa-manage', { staffOnly: true }, Manage);
