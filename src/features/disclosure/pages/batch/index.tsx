import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { DisclosureFigures } from '@api/disclosure';
import { EmptyState } from '@/components/empty-state';
import { LoadState } from '@/components/load-state';
import { PageShell } from '@/components/page-shell';
import { BusinessRanking } from '../../components/business-ranking';
import { daysLabel, rateLabel } from '../../components/disclosure-labels';
import { ExportLinks } from '../../components/export-links';
import { IndustryBars } from '../../components/industry-bars';
import { TrendChart } from '../../components/trend-chart';
import { disclosureRoutes } from '../../routes';
import { BatchHeader } from './batch-header';
import { useDisclosureBatch } from './use-disclosure-batch';
import './index.scss';

function Totals({ totals }: { totals: DisclosureFigures }) {
  const figures = [
    { label: '受理', value: String(totals.accepted) },
    { label: '调解成功', value: String(totals.settled) },
    { label: '成功率', value: rateLabel(totals) },
    { label: '办结中位', value: daysLabel(totals) },
  ];
  return (
    <View className="section disclosure-batch__totals" aria-label="本期合计">
      {figures.map((figure) => (
        <View key={figure.label} className="disclosure-batch__figure">
          <Text className="disclosure-batch__number">{figure.value}</Text>
          <Text className="muted">{figure.label}</Text>
        </View>
      ))}
    </View>
  );
}

/** Never published, or an id that does not exist. */
function Gone() {
  return (
    <View className="section" role="alert">
      <EmptyState title="该公示不存在或尚未公开" description="可以看看其他公示批次" />
      <Button
        block
        type="primary"
        onClick={() => void Taro.redirectTo({ url: disclosureRoutes.list })}
      >
        查看全部公示
      </Button>
    </View>
  );
}

/** One batch: who and when, totals, 分行业, the trend, the ranked businesses and the exports. */
export default function DisclosureBatchPage() {
  const { id, preview, remote } = useDisclosureBatch();
  const gone = !id || (remote.error?.status === 404 && !remote.data);
  return (
    <PageShell className="disclosure-batch">
      {preview && (
        <View className="disclosure-banner is-preview" role="status">
          预览（尚未公开）：公众看到的将与此页一致
        </View>
      )}
      {gone ? (
        <Gone />
      ) : (
        <LoadState {...remote} onRetry={() => void remote.reload()}>
          {(batch) => (
            <>
              <BatchHeader batch={batch} preview={preview} />
              {batch.status !== 'withdrawn' && (
                <>
                  {batch.totals && <Totals totals={batch.totals} />}
                  <IndustryBars industries={batch.industries} />
                  <TrendChart trend={batch.trend} />
                  <BusinessRanking
                    batchId={batch.id}
                    businesses={batch.businesses}
                    minComplaints={batch.minComplaintsPerBusiness}
                    total={batch.businessesRanked}
                    preview={preview}
                  />
                  {!preview && <ExportLinks batchId={batch.id} />}
                </>
              )}
            </>
          )}
        </LoadState>
      )}
    </PageShell>
  );
}
