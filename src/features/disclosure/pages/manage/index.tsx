import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import { PagedListView } from '@/components/paged-list-view';
import { gatedPage } from '@/components/access-gate';
import { CreateBatchForm } from '../../staff-components/create-batch-form';
import { StaffBatchCard } from '../../staff-components/staff-batch-card';
import { StatusTabs } from '../../staff-components/status-tabs';
import { MANAGE_TABS, type ManageTab } from '../../staff-components/staff-labels';
import { useCreateBatch } from './use-create-batch';
import { useManageList } from './use-manage';
import './index.scss';

const EMPTY: Record<ManageTab, { title: string; description: string }> = {
  draft: { title: '没有草稿', description: '点“新建公示批次”按时间段生成候选' },
  notice: { title: '没有处于异议期的批次', description: '通知经营者后，批次在这里等待异议和说明' },
  submitted: { title: '没有待审批的批次', description: '同事提交审批后，由另一位工作人员发布' },
  published: { title: '还没有公示的批次', description: '发布后公众即可在“投诉公示”中查看' },
  all: { title: '还没有公示批次', description: '点“新建公示批次”开始第一批' },
};

const isTab = (value: string | undefined): value is ManageTab =>
  (MANAGE_TABS as readonly string[]).includes(value ?? '');

function Manage() {
  const param = useRouter().params.status;
  const [tab, setTab] = useState<ManageTab>(isTab(param) ? param : 'all');
  const list = useManageList(tab);
  const form = useCreateBatch();

  return (
    <>
      {form.open ? (
        <CreateBatchForm
          value={form.value}
          errors={form.errors}
          notice={form.notice}
          busy={form.busy}
          onChange={form.change}
          onPreset={form.applyPreset}
          onSubmit={() => void form.submit()}
          onCancel={form.cancel}
        />
      ) : (
        <View className="disclosure-manage__actions">
          <Button type="primary" onClick={() => form.setOpen(true)}>
            新建公示批次
          </Button>
        </View>
      )}
      <View className="section">
        <StatusTabs value={tab} onChange={setTab} />
      </View>
      <PagedListView
        list={list}
        empty={
          <View className="disclosure-manage__empty">
            <EmptyState title={EMPTY[tab].title} description={EMPTY[tab].description} />
          </View>
        }
      >
        {(items) => items.map((batch) => <StaffBatchCard key={batch.id} batch={batch} />)}
      </PagedListView>
    </>
  );
}

/** 投诉公示管理 (staff): the batches by status; open a new one from a period or a preset. */
export default gatedPage('disclosure-manage', { staffOnly: true }, Manage);
