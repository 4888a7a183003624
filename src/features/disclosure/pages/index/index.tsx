import { Text, View } from '@tarojs/components';
import { EmptyState } from '@/components/empty-state';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRegion } from '@/hooks/use-region';
import { disclosureApi } from '../../api';
import { BatchCard } from '../../components/batch-card';
import './index.scss';

/** Who publishes and on what basis; that nothing personal is published. */
function Intro() {
  const region = useRegion();
  const publishers = region ? `${region.council}、${region.bureau}` : '消保委、市场监管局';
  return (
    <View className="section disclosure-list__intro" aria-label="公示说明">
      <Text>
        {publishers}
        依据《市场监督管理投诉举报处理暂行办法》第三十四条和《消费者权益保护法实施条例》第二十九条、第三十八条，定期公示已办结的消费投诉。
      </Text>
      <Text className="muted">
        只公示经营者名称、统一社会信用代码、投诉类别、受理日期和处理结果，不公示投诉人等任何个人信息。
      </Text>
    </View>
  );
}

/** 投诉公示: the published batches, newest first. */
export default function DisclosureListPage() {
  const list = usePagedList((cursor) => disclosureApi.list(cursor));
  return (
    <PageShell className="disclosure-list">
      <Intro />
      <PagedListView
        list={list}
        empty={
          <EmptyState title="暂无公示批次" description="消保委、市场监管局公示后会显示在这里" />
        }
      >
        {(items) => items.map((batch) => <BatchCard key={batch.id} batch={batch} />)}
      </PagedListView>
    </PageShell>
  );
}
