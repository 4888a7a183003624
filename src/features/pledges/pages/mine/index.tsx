import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import type { PledgeKind } from '@api/pledges';
import { LoadState } from '@/components/load-state';
import { useRemote } from '@/hooks/use-remote';
import { GatedPage } from '@/components/access-gate';
import { pledgesApi } from '../../api';
import { day, endedLine, KIND_LABELS, statusLabel, statusTag } from '../../labels';
import { pledgeRoutes } from '../../routes';
import './index.scss';

function Pledges({ merchantId }: { merchantId: string }) {
  const list = useRemote(() => pledgesApi.ofMerchant(merchantId));
  useDidShow(() => {
    if (list.data) void list.reload();
  });
  const sign = (kind: PledgeKind) =>
    void Taro.navigateTo({ url: pledgeRoutes.sign(merchantId, kind) });
  return (
    <>
      <View className="pledge-mine__actions">
        <Button block type="primary" onClick={() => sign('offline-return')}>
          签署无理由退货承诺
        </Button>
        <Button block fill="outline" onClick={() => sign('initiative')}>
          签署倡议
        </Button>
      </View>
      <LoadState {...list} onRetry={() => void list.reload()}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState
              title="还没有签署承诺"
              description="签署后经工作人员核验，会显示在商家页面上"
            />
          ) : (
            <>
              {items.map((pledge) => {
                const ended = endedLine(pledge);
                return (
                  <View
                    key={pledge.id}
                    className="section pledge-mine__item tap-target"
                    role="button"
                    onClick={() =>
                      void Taro.navigateTo({ url: pledgeRoutes.certificate(pledge.id) })
                    }
                  >
                    <View className="pledge-mine__head">
                      <Text className="pledge-mine__title">
                        {pledge.kind === 'offline-return'
                          ? `线下购物 ${pledge.windowDays ?? ''} 天无理由退货`
                          : KIND_LABELS.initiative}
                      </Text>
                      <Tag type={statusTag(pledge)}>{statusLabel(pledge)}</Tag>
                    </View>
                    <Text className="muted">
                      {day(pledge.signedAt)}签署 · 自{day(pledge.startsOn)}起 ·{' '}
                      {pledge.certificateNo}
                    </Text>
                    {ended && <Text className="pledge-mine__ended">{ended}</Text>}
                  </View>
                );
              })}
            </>
          )
        }
      </LoadState>
    </>
  );
}

/** 本店承诺: a merchant's pledges with their status and history, and where to sign. */
export default function MinePledgesPage() {
  const merchantId = useRouter().params.merchantId;
  return (
    <GatedPage className="pledge-mine" signInReason="查看本店承诺前请先登录。">
      {merchantId ? (
        <Pledges merchantId={merchantId} />
      ) : (
        <View className="section" role="alert">
          链接不完整，请从「我的商家」重新进入。
        </View>
      )}
    </GatedPage>
  );
}
