import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { MembershipReview } from '@api/merchants';
import { validateCreditCode } from '@/domain/credit-code';
import { merchantsApi } from '../../api';

type Facts = NonNullable<MembershipReview['business']> & { listed?: boolean };

/** What the applicant entered; when the server leaves it out, the merchant's public record. */
function useFacts(item: MembershipReview): Facts | null | undefined {
  const [record, setRecord] = useState<Facts | null>();
  const submitted = item.business;
  useEffect(() => {
    if (submitted) return;
    let alive = true;
    merchantsApi.get(item.merchantId).then(
      (found) => alive && setRecord({ ...found, listed: found.status === 'listed' }),
      () => alive && setRecord(null),
    );
    return () => {
      alive = false;
    };
  }, [item.merchantId, submitted]);
  return submitted ?? record;
}

/**
 * The business facts staff compare with the licence photo: what the credit code itself says,
 * and the name, type, industry, town and address the applicant gave.
 */
export function MerchantFacts({ item }: { item: MembershipReview }) {
  const facts = useFacts(item);
  const code = validateCreditCode(item.creditCode);
  return (
    <View className="verify__facts">
      <Text>
        统一社会信用代码 {item.creditCode}
        {code.ok ? `（${code.parts.entityType.name}）` : '（代码无效）'}
      </Text>
      {code.ok && (
        <Text>
          登记地：
          {item.registeredArea ?? `行政区划代码 ${code.parts.areaCode} 不在代码表中，请核对`}
        </Text>
      )}
      {facts && (
        <>
          {facts.name !== item.merchantName && <Text>填报名称：{facts.name}</Text>}
          <Text>
            {facts.type} · {facts.industry} · {facts.town}
            {facts.listed ? ' · 监管名录已有' : ''}
          </Text>
          <Text>地址：{facts.address}</Text>
          {facts.hours && <Text>营业时间：{facts.hours}</Text>}
          {facts.publicPhone && <Text>公开电话：{facts.publicPhone}</Text>}
        </>
      )}
      {facts === undefined && <Text className="muted">商家信息加载中…</Text>}
      {facts === null && <Text className="muted">暂无该商家的登记信息</Text>}
    </View>
  );
}
