import { View } from '@tarojs/components';
import { LiteTag as Tag } from '@/components/lite-tag';
import type { MerchantSummary } from '@api/merchants';
import './badge-tags.scss';

/** The currently valid badges of a merchant, as compact tags. */
export function BadgeTags({ badges }: { badges: MerchantSummary['badges'] }) {
  const { modelUnit, pledge, initiative } = badges;
  if (!modelUnit && !pledge && !initiative) return null;
  return (
    <View className="badge-tags">
      {modelUnit && (
        <Tag className="badge-tags__model-unit" type="danger">
          {modelUnit.level}放心消费示范单位
        </Tag>
      )}
      {pledge && (
        <Tag className="badge-tags__pledge" type="success" plain>
          线下无理由退货
        </Tag>
      )}
      {initiative && (
        <Tag className="badge-tags__initiative" type="primary" plain>
          已签倡议
        </Tag>
      )}
    </View>
  );
}
