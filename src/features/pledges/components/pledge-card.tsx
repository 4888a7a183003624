import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { PledgeCertificate } from '@api/pledges';
import { PrivateImage } from '@/components/private-image';
import { pledgeTermsSummary } from '@/domain/pledge-text';
import { day, KIND_LABELS, statusLabel, statusTag } from '../labels';
import { PledgeText } from './pledge-text';
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
      <PledgeText className="pledge-card__text" text={pledge.text} />
      <Text>
        签署人：{pledge.signerName}（{pledge.signerRole}）
      </Text>
      {pledge.signatureUrl ? (
        <>
          <Text className="muted">手写签名（点击放大）</Text>
          {/* Pending, so private: downloaded with the token like every private image. */}
          <PrivateImage
            className="pledge-card__signature"
            url={pledge.signatureUrl}
            mode="aspectFit"
            what="签名图片"
            label={`${pledge.merchantName}的签名`}
          />
        </>
      ) : (
        <Text className="muted">无手写签名（演示数据）</Text>
      )}
      {!pledge.intact && (
        <View className="pledge-card__tampered" role="alert">
          ⚠ 内容校验不一致，可能已被改动
        </View>
      )}
      {children}
    </View>
  );
}
