import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { MyDisclosures } from '@api/disclosure';
import { gatedPage } from '@/components/access-gate';
import { EmptyState } from '@/components/empty-state';
import { LoadState } from '@/components/load-state';
import { DISCLOSURE_STATUS_LABELS } from '@/domain/disclosure-vocabulary';
import { useRemote } from '@/hooks/use-remote';
import { figuresText, shortDate } from '../../follow-up-components/disclosure-text';
import { disclosureMerchantApi } from '../../merchant-api';
import { disclosureRoutes } from '../../routes';
import { MerchantRowCard } from './merchant-row';
import './index.scss';

type Item = MyDisclosures['items'][number];

const PUBLIC = ['published', 'superseded', 'withdrawn'];

/** Why the business can no longer answer, in its own words. */
function closedReason(item: Item): string {
  if (PUBLIC.includes(item.batchStatus)) return '已公示，不能再提出异议或补充说明。';
  if (item.batchStatus === 'submitted') {
    return '异议期已结束，公示材料已提交审批。如有疑问请联系市场监管部门。';
  }
  const until = item.objectionDeadline ? `（${shortDate(item.objectionDeadline)}截止）` : '';
  return `异议期已过${until}，不能再提出异议或补充说明。`;
}

function BatchCard({ item, onSent }: { item: Item; onSent: () => void }) {
  const isPublic = PUBLIC.includes(item.batchStatus);
  return (
    <View className="section mine-batch">
      <View className="mine-batch__head">
        <Text className="mine-batch__title">{item.batch.title}</Text>
        <Tag type={isPublic ? 'success' : 'warning'}>
          {DISCLOSURE_STATUS_LABELS[item.batchStatus]}
        </Tag>
      </View>
      <Text className="mine-batch__business">{item.businessName}</Text>
      <Text className="muted">{figuresText(item.figures)}</Text>
      {item.canRespond ? (
        <View className="mine-batch__deadline" role="note">
          {item.objectionDeadline
            ? `请于${shortDate(item.objectionDeadline)}前提出异议或补充说明（当天仍可提交）。`
            : '请尽快提出异议或补充说明。'}
          工作人员处理后，结果会显示在每条记录下方。
        </View>
      ) : (
        <View className="mine-batch__closed" role="note">
          {closedReason(item)}
        </View>
      )}
      {item.batchStatus === 'published' && (
        <Button
          size="small"
          fill="outline"
          type="primary"
          onClick={() => void Taro.navigateTo({ url: disclosureRoutes.batch(item.batch.id) })}
        >
          查看公示
        </Button>
      )}
      {item.rows.map((row) => (
        <MerchantRowCard
          key={row.id}
          row={row}
          batchPublic={isPublic}
          canRespond={item.canRespond}
          onSent={onSent}
        />
      ))}
    </View>
  );
}

function Mine() {
  const remote = useRemote(() => disclosureMerchantApi.mine());
  return (
    <LoadState {...remote} onRetry={() => void remote.reload()} skeletonRows={8}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState
            title="暂无涉及您经营主体的公示"
            description="市场监管部门公示投诉信息前，会在这里告知您并接受异议"
          />
        ) : (
          <>
            <View className="section mine-intro" role="note">
              以下投诉信息将按《市场监督管理投诉举报处理暂行办法》第三十四条公示，公示内容不含消费者个人信息。对记录有异议或需要说明的，请在异议期内提交。
            </View>
            {data.items.map((item) => (
              <BatchCard
                key={`${item.batch.id}-${item.merchantId}`}
                item={item}
                onSent={() => void remote.reload()}
              />
            ))}
          </>
        )
      }
    </LoadState>
  );
}

/** 投诉公示异议 (a merchant): the batches naming its businesses; object or add a statement. */
export default gatedPage(
  'disclosure-mine',
  { signInReason: '登录后可查看涉及您经营主体的投诉公示，并提出异议或补充说明。' },
  Mine,
);
