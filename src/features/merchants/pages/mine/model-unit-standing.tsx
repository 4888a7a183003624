import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { ModelUnitApplication, ModelUnitBadge } from '@api/model-units';
import { applyBlock, applyBlockMessage } from '@/domain/model-unit-year';
import { modelUnitRoutes } from '@/features/model-units';

const day = (iso: string) => dayjs(iso).format('YYYY年M月D日');

/** The title a merchant holds now: the one lasting longest among those still valid. */
function currentTitle(titles: ModelUnitBadge[]): ModelUnitBadge | undefined {
  return titles
    .filter((title) => title.status === 'active')
    .sort((a, b) => b.validUntil.localeCompare(a.validUntil))[0];
}

/** 示范单位 on a merchant's card: the title held, and 申请 only when applying is possible. */
export function ModelUnitStanding({
  merchantId,
  applications,
  year,
}: {
  merchantId: string;
  applications: ModelUnitApplication[];
  year: number | undefined;
}) {
  const titles = applications.flatMap((application) => application.badge ?? []);
  const open = applications.some((application) => application.status === 'submitted');
  const block = applyBlock(year, open, titles);
  const title = block?.reason === 'awarded' ? block.title : currentTitle(titles);
  return (
    <>
      {title && (
        <View className="mine__award" aria-label="示范单位称号">
          <View className="mine__row">
            {/* Two pieces that each stay whole, so a narrow line breaks between them. */}
            <Text className="mine__award-title">
              <Text className="mine__nowrap">
                {title.year}年度{title.level}
              </Text>
              <Text className="mine__nowrap">放心消费示范单位</Text>
            </Text>
            <Tag type="danger">有效</Tag>
          </View>
          <Text className="muted">
            证书编号 <Text className="mine__nowrap">{title.certificateNo}</Text>
          </Text>
          <Text className="muted">有效期至 {day(title.validUntil)}</Text>
        </View>
      )}
      {!block && (
        <Button
          block
          type="primary"
          onClick={() => void Taro.navigateTo({ url: modelUnitRoutes.apply(merchantId) })}
        >
          {title && year ? `申请${year}年度示范单位` : '申请示范单位'}
        </Button>
      )}
      {block?.reason === 'open' && (
        <Button block disabled>
          示范单位申请审核中
        </Button>
      )}
      {block?.reason === 'revoked' && (
        <Text className="mine__reason">{applyBlockMessage(block)}</Text>
      )}
    </>
  );
}
