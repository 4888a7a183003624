import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { PublicRow } from '@api/disclosure';
import { DISCLOSURE_OUTCOME_LABELS } from '@/domain/disclosure-vocabulary';
import { EmptyState } from '@/components/empty-state';
import { LoadState } from '@/components/load-state';
import { PageShell } from '@/components/page-shell';
import { useRemote } from '@/hooks/use-remote';
import { disclosureApi } from '../../api';
import { BatchStatusTag } from '../../components/batch-card';
import { BusinessFiguresRow, BusinessHead } from '../../components/business-ranking';
import { day, periodLabel } from '../../components/disclosure-labels';
import { disclosureRoutes } from '../../routes';
import './index.scss';

/** One published complaint: only what the law lets us publish, and the business's statement. */
function Row({ row }: { row: PublicRow }) {
  return (
    <View className="disclosure-row" role="listitem">
      <View className="disclosure-row__head">
        <Text className={`disclosure-row__outcome is-${row.outcome}`}>
          {DISCLOSURE_OUTCOME_LABELS[row.outcome]}
        </Text>
        {row.corrected && (
          <Tag type="warning" plain>
            已更正
          </Tag>
        )}
        <Text className="muted disclosure-row__date">{day(row.acceptedOn)}受理</Text>
      </View>
      <Text className="disclosure-row__what">
        {row.industry} · {row.category}
      </Text>
      {row.statement && (
        <Text className="disclosure-row__statement">经营者说明：{row.statement}</Text>
      )}
    </View>
  );
}

function Gone({ batchId }: { batchId: string }) {
  return (
    <View className="section" role="alert">
      <EmptyState
        title="该经营者在本期没有公示的投诉"
        description={'投诉件数未达公示标准的经营者不单独列出'}
      />
      <Button
        block
        type="primary"
        onClick={() =>
          void Taro.redirectTo({
            url: batchId ? disclosureRoutes.batch(batchId) : disclosureRoutes.list,
          })
        }
      >
        返回公示
      </Button>
    </View>
  );
}

/** One ranked business in a batch: its figures and its published complaints. */
export default function DisclosureBusinessPage() {
  const { id = '', merchantId = '' } = useRouter().params;
  const remote = useRemote(() => disclosureApi.business(id, merchantId));
  const gone = !id || !merchantId || (remote.error?.status === 404 && !remote.data);
  return (
    <PageShell className="disclosure-business">
      {gone ? (
        <Gone batchId={id} />
      ) : (
        <LoadState {...remote} onRetry={() => void remote.reload()}>
          {({ batch, business, rows }) => (
            <>
              <View
                className="section disclosure-business__batch tap-target"
                role="link"
                onClick={() => void Taro.navigateTo({ url: disclosureRoutes.batch(batch.id) })}
              >
                <View className="disclosure-business__batch-title">
                  <BatchStatusTag status={batch.status} />
                  <Text>{batch.title}</Text>
                </View>
                <Text className="muted">
                  {periodLabel(batch)} · 第{batch.version}版 ›
                </Text>
              </View>
              <View className="section" aria-label="经营者">
                <BusinessHead business={business} />
                <BusinessFiguresRow business={business} />
              </View>
              <View className="section" aria-label="公示的投诉">
                <View className="section-title">公示的投诉（{rows.length}件）</View>
                <Text className="muted">不公示投诉人、投诉内容等个人信息</Text>
                <View role="list">
                  {rows.map((row) => (
                    <Row key={row.id} row={row} />
                  ))}
                </View>
              </View>
            </>
          )}
        </LoadState>
      )}
    </PageShell>
  );
}
