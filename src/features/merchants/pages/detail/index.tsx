import { useState } from 'react';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Cell, Skeleton } from '@nutui/nutui-react-taro';
import type { MerchantDetail } from '@api/merchants';
import type { ModelUnitBadge } from '@api/model-units';
import { LinkButton } from '@/components/link-button';
import { PageShell } from '@/components/page-shell';
import { useRegion } from '@/hooks/use-region';
import { useSession } from '@/services/session';
import { complaintRoutes } from '@/features/complaints';
import { modelUnitsApi } from '@/features/model-units';
import { BadgeTags } from '../../components/badge-tags';
import { merchantRoutes } from '../../routes';
import { DisclosureSection } from './components/disclosure-section';
import { ModelUnitSection } from './components/model-unit-section';
import { PledgeSection } from './components/pledge-section';
import { RevokeDialog } from './components/revoke-dialog';
import { WarningSection } from './components/warning-section';
import { useMerchant } from './use-merchant';
import './index.scss';

function Facts({ merchant }: { merchant: MerchantDetail }) {
  const { location } = merchant;
  return (
    <View className="section">
      <Cell
        title="地址"
        description={merchant.address}
        extra={location ? '导航' : undefined}
        clickable={Boolean(location)}
        onClick={() =>
          location &&
          void Taro.openLocation({
            latitude: location.lat,
            longitude: location.lng,
            name: merchant.name,
            address: merchant.address,
          }).catch(() => undefined)
        }
      />
      {merchant.hours && <Cell title="营业时间" extra={merchant.hours} />}
      {merchant.publicPhone && (
        <Cell
          title="商家电话"
          extra={`${merchant.publicPhone} 拨打`}
          clickable
          onClick={() =>
            void Taro.makePhoneCall({ phoneNumber: merchant.publicPhone! }).catch(() => undefined)
          }
        />
      )}
      <Cell title="统一社会信用代码" extra={merchant.creditCode} />
      <Cell title="主体类型" extra={merchant.type} />
    </View>
  );
}

function NotFound({ reason, hotline }: { reason?: string; hotline: string }) {
  return (
    <View className="merchant-detail__none">
      <Text className="merchant-detail__none-title">未查到该商家</Text>
      <Text className="muted">
        {reason ??
          '该商家未在本县放心消费平台登记。未登记不代表违法，但无法查询其示范单位和承诺信息。'}
      </Text>
      <Text className="muted">未登记的商家同样可以投诉；也可拨打 {hotline} 投诉举报。</Text>
      <LinkButton type="primary" url={complaintRoutes.new()}>
        我要投诉
      </LinkButton>
      <Button
        fill="outline"
        onClick={() => void Taro.makePhoneCall({ phoneNumber: hotline }).catch(() => undefined)}
      >
        拨打 {hotline}
      </Button>
    </View>
  );
}

/** The merchant page: who they are, and which promises currently hold. */
export default function MerchantDetailPage() {
  const merchant = useMerchant();
  const region = useRegion();
  const session = useSession();
  const [revoking, setRevoking] = useState<ModelUnitBadge>();
  const isStaff = session?.user.role === 'staff' || session?.user.role === 'admin';
  const data = merchant.data;

  useShareAppMessage(() => ({
    title: data ? `${data.name} · 放心消费查询` : '放心消费查询',
    path: data ? merchantRoutes.detail(data.id) : '/pages/merchants/index',
  }));

  const revoke = async (badge: ModelUnitBadge, reason: string) => {
    await modelUnitsApi.revoke(badge.id, { reason });
    setRevoking(undefined);
    void Taro.showToast({ title: '已撤销', icon: 'success' });
    await merchant.reload();
  };

  if (merchant.notFound || merchant.invalidCode) {
    return (
      <PageShell>
        <NotFound reason={merchant.invalidCode} hotline={region?.hotlines[0]?.number ?? '12315'} />
      </PageShell>
    );
  }

  return (
    <PageShell className="merchant-detail">
      {!data && merchant.loading && (
        <View className="merchant-detail__skeleton" aria-busy="true">
          <Skeleton rows={10} animated />
        </View>
      )}
      {!data && !merchant.loading && merchant.error && (
        <View className="merchant-detail__none" role="alert">
          <Text>{merchant.error.message}</Text>
          <Button type="primary" size="small" onClick={() => void merchant.reload()}>
            重新加载
          </Button>
        </View>
      )}
      {data && (
        <>
          <View className="merchant-detail__head">
            <Text className="merchant-detail__name">{data.name}</Text>
            <Text className="merchant-detail__meta">
              {data.industry} · {data.town} ·{' '}
              {data.status === 'verified' ? '商家已认证' : '监管名录登记'}
            </Text>
            <BadgeTags badges={data.badges} />
          </View>
          <WarningSection warnings={data.warnings} />
          <Facts merchant={data} />
          <ModelUnitSection badges={data.modelUnits} onRevoke={isStaff ? setRevoking : undefined} />
          <PledgeSection pledges={data.pledges} merchantId={data.id} />
          {data.modelUnits.length === 0 && data.pledges.length === 0 && (
            <View className="section muted">该商家暂未获评示范单位，也未作出无理由退货承诺。</View>
          )}
          <DisclosureSection merchantId={data.id} disclosure={data.disclosure} />
          <View className="merchant-detail__actions">
            <LinkButton block type="primary" fill="outline" url={complaintRoutes.new(data.id)}>
              投诉该商家
            </LinkButton>
          </View>
          <RevokeDialog
            badge={revoking}
            onCancel={() => setRevoking(undefined)}
            onConfirm={revoke}
          />
        </>
      )}
    </PageShell>
  );
}
