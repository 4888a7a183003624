import { useState } from 'react';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { PledgeCertificate } from '@api/pledges';
import { LinkButton } from '@/components/link-button';
import { PageShell } from '@/components/page-shell';
import { LoadState } from '@/components/load-state';
import { PrivateImage } from '@/components/private-image';
import { ReasonDialog } from '@/components/reason-dialog';
import { PledgeFingerprint } from '../../components/pledge-fingerprint';
import { PledgeText } from '../../components/pledge-text';
import { useWithdrawDate } from '../../components/use-withdraw-date';
import { VerifyDialog } from '../../components/verify-dialog';
import { pledgeTermLines } from '@/domain/pledge-text';
import { day, endedLine, KIND_LABELS, statusLabel, statusTag } from '../../labels';
import { pledgeRoutes } from '../../routes';
import { withdrawBody } from '../../pledge-rules';
import { useCertificate } from './use-certificate';
import './index.scss';

type Pending = 'withdraw' | 'revoke' | 'verify' | undefined;

function Certificate({
  pledge,
  flow,
}: {
  pledge: PledgeCertificate;
  flow: ReturnType<typeof useCertificate>;
}) {
  const [dialog, setDialog] = useState<Pending>();
  const withdrawDate = useWithdrawDate(flow.earliest);
  const ended = endedLine(pledge);
  const open = pledge.status === 'pending' || pledge.status === 'verified';
  return (
    <>
      <View className="section certificate__head">
        <Text className="certificate__kind">{KIND_LABELS[pledge.kind]}</Text>
        <Text className="certificate__merchant">{pledge.merchantName}</Text>
        <Text className="muted">{pledge.merchantAddress}</Text>
        <View className="certificate__status">
          <Tag type={statusTag(pledge)}>{statusLabel(pledge)}</Tag>
          {pledge.verifiedAt && pledge.status === 'verified' && (
            <Text className="muted">{dayjs(pledge.verifiedAt).format('YYYY年M月D日')}核验</Text>
          )}
        </View>
        {ended && <Text className="certificate__ended">{ended}</Text>}
      </View>

      <View className="section">
        <View className="section-title">承诺内容</View>
        <PledgeText text={pledge.text} />
      </View>

      {pledge.terms && (
        <View className="section">
          <View className="section-title">主要条款</View>
          {pledgeTermLines(pledge.terms).map((line) => (
            <View key={line.label} className="certificate__row">
              <Text className="muted">{line.label}</Text>
              <Text>{line.value}</Text>
            </View>
          ))}
        </View>
      )}

      <View className="section">
        <View className="section-title">签署</View>
        <View className="certificate__row">
          <Text className="muted">签署人</Text>
          <Text>
            {pledge.signerName}（{pledge.signerRole}）
          </Text>
        </View>
        <View className="certificate__row">
          <Text className="muted">签署日期</Text>
          <Text>{day(pledge.signedAt)}</Text>
        </View>
        {/* Public once verified; pending, only the merchant and staff see it (with the token). */}
        {pledge.signatureUrl ? (
          <PrivateImage
            className="certificate__signature"
            url={pledge.signatureUrl}
            mode="aspectFit"
            what="签名图片"
            label="签名"
          />
        ) : (
          <Text className="muted">无手写签名（演示数据）</Text>
        )}
      </View>

      <PledgeFingerprint pledge={pledge} />

      <View className="certificate__actions">
        <LinkButton block type="primary" url={pledgeRoutes.poster(pledge.id)}>
          生成海报
        </LinkButton>
        {flow.isOwner && open && (
          <Button block fill="outline" type="danger" onClick={() => setDialog('withdraw')}>
            撤回承诺
          </Button>
        )}
        {flow.isOwner && (
          <Button
            block
            fill="outline"
            onClick={() =>
              void Taro.navigateTo({ url: pledgeRoutes.sign(pledge.merchantId, pledge.kind) })
            }
          >
            以新条款重新承诺
          </Button>
        )}
        {flow.isStaff && pledge.status === 'pending' && (
          <Button block type="success" onClick={() => setDialog('verify')}>
            核验通过
          </Button>
        )}
        {flow.isStaff && open && (
          <Button block fill="outline" type="danger" onClick={() => setDialog('revoke')}>
            撤销
          </Button>
        )}
      </View>

      <VerifyDialog
        pledge={dialog === 'verify' ? pledge : undefined}
        onCancel={() => setDialog(undefined)}
        onConfirm={async () => {
          await flow.transition({ action: 'verify' });
          setDialog(undefined);
        }}
      />
      <ReasonDialog
        visible={dialog === 'withdraw'}
        title="撤回承诺"
        hint={
          flow.noticeDays > 0
            ? `承诺写明撤回将提前公示：撤回最早在${flow.noticeDays}天后生效，此前商家页面公示撤回日期和原因，承诺继续有效；生效前购买的商品仍按承诺退货。`
            : '撤回后，商家页面将显示已撤回及原因。'
        }
        confirmText="确认撤回"
        date={withdrawDate}
        onCancel={() => setDialog(undefined)}
        onConfirm={async (reason) => {
          await flow.transition(withdrawBody(reason, withdrawDate?.value ?? ''));
          setDialog(undefined);
        }}
      />
      <ReasonDialog
        visible={dialog === 'revoke'}
        title="撤销承诺"
        hint={`撤销「${pledge.merchantName}」的承诺，原因会公开显示在承诺书和商家页面上。`}
        confirmText="确认撤销"
        onCancel={() => setDialog(undefined)}
        onConfirm={async (reason) => {
          await flow.transition({ action: 'revoke', reason });
          setDialog(undefined);
        }}
      />
    </>
  );
}

/** 承诺书: the public certificate of a pledge, its integrity check and its actions. */
export default function CertificatePage() {
  const id = useRouter().params.id ?? '';
  const flow = useCertificate(id);
  const { certificate } = flow;
  useShareAppMessage(() => ({
    title: certificate.data
      ? `${certificate.data.merchantName}的${KIND_LABELS[certificate.data.kind]}`
      : '放心消费承诺书',
    path: pledgeRoutes.certificate(id),
  }));
  return (
    <PageShell className="certificate">
      <LoadState {...certificate} onRetry={() => void certificate.reload()} skeletonRows={10}>
        {(pledge) => <Certificate pledge={pledge} flow={flow} />}
      </LoadState>
    </PageShell>
  );
}
