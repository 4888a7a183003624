import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Dialog, Tag } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import dayjs from 'dayjs';
import type { MembershipReview } from '@api/merchants';
import { LoadState } from '@/components/load-state';
import { gatedPage } from '@/components/access-gate';
import { PrivateImage } from '@/components/private-image';
import { DecisionButtons, QueueRejectDialog, type Verdict } from '@/components/review-queue';
import { MerchantFacts } from './merchant-facts';
import { useVerify } from './use-verify';
import './index.scss';

function Request({
  item,
  onDecide,
}: {
  item: MembershipReview;
  onDecide: (verdict: Verdict) => void;
}) {
  return (
    <View className="section verify__card">
      <View className="verify__row">
        <Text className="verify__name">{item.merchantName}</Text>
        <Tag type={item.role === 'owner' ? 'primary' : 'warning'}>
          {item.role === 'owner' ? '商家入驻' : '加入已登记商家'}
        </Tag>
      </View>
      <Text className="muted">{dayjs(item.createdAt).format('YYYY年M月D日 HH:mm')}提交</Text>
      <MerchantFacts item={item} />
      <View className="verify__contact">
        <Text>联系人：{item.contactName}</Text>
        <Text
          className="verify__phone"
          onClick={() =>
            void Taro.makePhoneCall({ phoneNumber: item.contactPhone }).catch(() => undefined)
          }
        >
          联系电话：{item.contactPhone}
        </Text>
        <Text className="verify__audit">查看记录已留痕</Text>
      </View>
      <View className="verify__licence">
        <Text className="muted">营业执照（点击查看大图）</Text>
        <PrivateImage
          className="verify__licence-image"
          url={item.licencePhoto.url}
          label={`${item.merchantName}的营业执照`}
        />
      </View>
      <DecisionButtons className="verify__actions" onDecide={onDecide} />
    </View>
  );
}

function Queue() {
  const queue = useVerify();
  const current = queue.pending;

  return (
    <>
      <LoadState
        data={queue.items}
        error={queue.error}
        loading={queue.loading}
        onRetry={() => void queue.reload()}
      >
        {(items) =>
          items.length === 0 ? (
            queue.more ? (
              <View className="verify__count muted">正在加载后面的申请…</View>
            ) : (
              <EmptyState
                title="没有待核验的申请"
                description="新的商家入驻和加入申请会出现在这里"
              />
            )
          ) : (
            <>
              <View className="verify__count muted">
                {queue.more
                  ? `最早提交的 ${items.length} 条，处理完后自动加载后面的申请`
                  : `待核验 ${items.length} 条，按提交时间排列`}
              </View>
              {items.map((item) => (
                <Request
                  key={item.id}
                  item={item}
                  onDecide={(verdict) => queue.ask(item, verdict)}
                />
              ))}
            </>
          )
        }
      </LoadState>
      <Dialog
        visible={current?.kind === 'approve'}
        title="通过核验"
        confirmText="确认通过"
        onCancel={queue.close}
        onClose={queue.close}
        onConfirm={async () => {
          if (current) await queue.decide(current.item, { decision: 'approve' });
        }}
      >
        {current?.item.role === 'member'
          ? `确认让申请人加入「${current?.item.merchantName}」？`
          : `确认「${current?.item.merchantName}」的营业执照与登记信息一致？通过后申请人成为该商家负责人。`}
      </Dialog>
      <QueueRejectDialog queue={queue} hint="驳回原因会显示给申请人，请写明需要补正的内容。" />
    </>
  );
}

/** 商家核验 (staff): verify registrations and join requests against the licence photo. */
export default gatedPage('verify', { staffOnly: true }, Queue);
