import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { PublicBatchCard } from '@api/disclosure';
import { disclosureRoutes } from '../routes';
import { day, periodLabel, rateLabel } from './disclosure-labels';
import './batch-card.scss';

/** 已撤回 / 已更正 beside a batch's title; nothing for the current version. */
export function BatchStatusTag({ status }: { status: PublicBatchCard['status'] }) {
  if (status === 'withdrawn') return <Tag type="danger">已撤回</Tag>;
  if (status === 'superseded') return <Tag type="warning">已更正</Tag>;
  return null;
}

/** One batch in the public list: title, period, version, date and its totals; tap to open. */
export function BatchCard({ batch }: { batch: PublicBatchCard }) {
  const totals = batch.status === 'withdrawn' ? undefined : batch.totals;
  return (
    <View
      className={`section batch-card tap-target is-${batch.status}`}
      role="button"
      aria-label={batch.title}
      onClick={() => void Taro.navigateTo({ url: disclosureRoutes.batch(batch.id) })}
    >
      <View className="batch-card__head">
        <BatchStatusTag status={batch.status} />
        <Text className="batch-card__title">{batch.title}</Text>
      </View>
      <Text className="muted">
        {periodLabel(batch)} · 第{batch.version}版 · {day(batch.publishedAt)}发布
      </Text>
      {totals ? (
        <View className="batch-card__totals">
          <View className="batch-card__figure">
            <Text className="batch-card__number">{totals.accepted}</Text>
            <Text className="muted">受理</Text>
          </View>
          <View className="batch-card__figure">
            <Text className="batch-card__number">{totals.settled}</Text>
            <Text className="muted">调解成功</Text>
          </View>
          <View className="batch-card__figure">
            <Text className="batch-card__number">{rateLabel(totals)}</Text>
            <Text className="muted">成功率</Text>
          </View>
        </View>
      ) : (
        batch.status === 'withdrawn' && (
          <Text className="batch-card__withdrawn">该批次已撤回，数据不再公示</Text>
        )
      )}
    </View>
  );
}
