import { View, Text, Image } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { PledgeCertificate } from '@api/pledges';
import { absoluteUploadUrl } from '@/components/private-image';
import { pledgeTermsSummary } from '@/domain/pledge-text';
import { day, KIND_LABELS, statusLabel, statusTag } from '../labels';
import './pledge-card.scss';

/** A signed pledge as staff review it: merchant, kind, the text, terms, signer and signature. */
export function PledgeCard({
  pledge,
  children,
}: {
  pledge: PledgeCertificate;
  children?: React.ReactNode;
}) {
  return (
    <View className="section pledge-card">
      <View className="pledge-card__head">
        <Text className="pledge-card__name">{pledge.merchantName}</Text>
        <Tag type={statusTag(pledge)}>{statusLabel(pledge)}</Tag>
      </View>
      <Text className="muted">
        {KIND_LABELS[pledge.kind]} · {day(pledge.signedAt)}签署 · {pledge.certificateNo}
      </Text>
      {pledge.terms && (
        <Text className="pledge-card__summary">{pledgeTermsSummary(pledge.terms)}</Text>
      )}
      <Text className="pledge-card__text">{pledge.text}</Text>
      <Text>
        签署人：{pledge.signerName}（{pledge.signerRole}）
      </Text>
      <Image
        className="pledge-card__signature"
        src={absoluteUploadUrl(pledge.signatureUrl)}
        mode="aspectFit"
        ariaLabel={`${pledge.merchantName}的签名`}
      />
      {!pledge.intact && (
        <View className="pledge-card__tampered" role="alert">
          ⚠ 内容校验不一致，可能已被改动
        </View>
      )}
      {children}
    </View>
  );
}
