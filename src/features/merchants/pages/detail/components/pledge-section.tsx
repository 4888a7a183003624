import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { PledgeSummary } from '@api/pledges';
import { complaintRoutes } from '@/features/complaints';
import { pledgeRoutes } from '@/features/pledges';

const day = (date: string) => dayjs(date).format('YYYY年M月D日');

/**
 * A withdrawal announced but not yet in effect: the pledge still holds until its date (it promised
 * advance notice; 实施条例 第十二条), and goods bought before then stay covered.
 */
const announced = (pledge: PledgeSummary) =>
  pledge.status === 'withdrawn' &&
  pledge.endedOn !== undefined &&
  dayjs(pledge.endedOn).isAfter(dayjs(), 'day');

/** A pledge counts from its start date while verified; withdrawn and revoked ones say why. */
function state(pledge: PledgeSummary): { label: string; active: boolean } {
  if (announced(pledge)) return { label: '撤回公示中', active: true };
  if (pledge.status === 'withdrawn') return { label: '已撤回', active: false };
  if (pledge.status === 'revoked') return { label: '已撤销', active: false };
  if (pledge.status === 'pending') return { label: '待核验', active: false };
  if (dayjs(pledge.startsOn).isAfter(dayjs(), 'day'))
    return { label: `${day(pledge.startsOn)}起生效`, active: false };
  return { label: '已核验', active: true };
}

function OfflineReturn({ pledge, merchantId }: { pledge: PledgeSummary; merchantId: string }) {
  const { label, active } = state(pledge);
  return (
    <View
      className={`merchant-detail__pledge ${active ? 'is-active' : 'is-ended'}`}
      onClick={() => void Taro.navigateTo({ url: pledgeRoutes.certificate(pledge.id) })}
    >
      <View className="merchant-detail__badge-head">
        <Text className="merchant-detail__badge-title">
          线下购物 {pledge.windowDays} 天无理由退货
        </Text>
        <Tag type={active ? 'success' : 'default'}>{label}</Tag>
      </View>
      {pledge.excluded && pledge.excluded.length > 0 && (
        <Text className="muted">不适用：{pledge.excluded.join('、')}</Text>
      )}
      <Text className="muted">
        自{day(pledge.startsOn)}起 · 承诺编号 {pledge.certificateNo}
      </Text>
      {pledge.endedOn && announced(pledge) && (
        <Text className="merchant-detail__ended">
          将于{day(pledge.endedOn)}起撤回，此前购买的商品仍按承诺退货
          {pledge.endedReason ? `（${pledge.endedReason}）` : ''}
        </Text>
      )}
      {pledge.endedOn && !announced(pledge) && (
        <Text className="merchant-detail__ended">
          {label}于{day(pledge.endedOn)}
          {pledge.endedReason ? `：${pledge.endedReason}` : ''}
        </Text>
      )}
      <Text className="merchant-detail__link">查看承诺书 ›</Text>
      {active && (
        <Text
          className="merchant-detail__link"
          onClick={(event) => {
            event.stopPropagation();
            void Taro.navigateTo({
              url: complaintRoutes.new(merchantId, pledge.id),
            });
          }}
        >
          按承诺退货遇到问题？去投诉 ›
        </Text>
      )}
    </View>
  );
}

export function PledgeSection({
  pledges,
  merchantId,
}: {
  pledges: PledgeSummary[];
  merchantId: string;
}) {
  const returns = pledges.filter((pledge) => pledge.kind === 'offline-return');
  const initiative = pledges.find(
    (pledge) => pledge.kind === 'initiative' && pledge.status === 'verified',
  );
  if (returns.length === 0 && !initiative) return null;
  return (
    <View className="section">
      <View className="section-title">承诺与倡议</View>
      {returns.map((pledge) => (
        <OfflineReturn key={pledge.id} pledge={pledge} merchantId={merchantId} />
      ))}
      {initiative && (
        <Text className="merchant-detail__initiative">
          已于{day(initiative.signedAt)}签署县消保委放心消费倡议
        </Text>
      )}
    </View>
  );
}
