import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { ActionSheet, Button } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import type { Membership } from '@api/merchants';
import { PageShell } from '@/components/page-shell';
import { PagedListView } from '@/components/paged-list-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { useBusy } from '@/hooks/use-busy';
import { useRegion } from '@/hooks/use-region';
import { useSession } from '@/services/session';
import { pledgesApi } from '../../api';
import { merchantRoutes, merchantsApi } from '@/features/merchants';
import { day } from '../../labels';
import { pledgeRoutes } from '../../routes';
import { InitiativeCard } from './initiative-card';
import './index.scss';

/** 我也要签署: the merchant the signed-in user owns, or a choice when there are several. */
function SignToo() {
  const [choices, setChoices] = useState<Membership[]>();
  const { busy, whileBusy } = useBusy();
  const open = (merchantId: string) =>
    void Taro.navigateTo({ url: pledgeRoutes.sign(merchantId, 'initiative') });

  const start = () =>
    whileBusy(async () => {
      const owned = (await merchantsApi.myMemberships()).items.filter(
        (m) => m.role === 'owner' && m.status === 'active',
      );
      if (owned.length === 0) {
        void Taro.showToast({
          title: '仅已核验的商家负责人可以签署，请先在「我的商家」登记',
          icon: 'none',
        });
      } else if (owned.length === 1) open(owned[0].merchantId);
      else setChoices(owned);
    }).catch((caught: unknown) => {
      void Taro.showToast({ title: (caught as Error).message || '加载失败', icon: 'none' });
    });

  return (
    <>
      <Button block type="primary" loading={busy} disabled={busy} onClick={() => void start()}>
        我也要签署
      </Button>
      <ActionSheet
        visible={choices !== undefined}
        description="选择以哪家商家签署"
        options={(choices ?? []).map((m) => ({ name: m.merchantName, value: m.merchantId }))}
        cancelText="取消"
        onCancel={() => setChoices(undefined)}
        onSelect={(item) => {
          setChoices(undefined);
          open(String(item.value));
        }}
      />
    </>
  );
}

/** 倡议签署墙: every merchant that signed the county initiative, newest first. */
export default function WallPage() {
  const region = useRegion();
  const role = useSession()?.user.role;
  const [count, setCount] = useState<number>();
  const wall = usePagedList(async (cursor?: string) => {
    const page = await pledgesApi.wall(cursor);
    setCount(page.count);
    return {
      items: page.items.map((item) => ({ ...item, id: item.merchantId })),
      nextCursor: page.nextCursor,
    };
  });
  const title = region?.initiative.title ?? '放心消费倡议';

  return (
    <PageShell className="wall">
      {region && <InitiativeCard region={region} />}
      <View className="section wall__head">
        <Text className="wall__count">
          {count === undefined ? `「${title}」签署墙` : `已有 ${count} 家商家签署「${title}」`}
        </Text>
        {role === 'merchant' && <SignToo />}
      </View>
      <PagedListView
        list={wall}
        className="section wall__list"
        empty={<EmptyState title="还没有商家签署" description="签署倡议的商家会显示在这里" />}
      >
        {(list) =>
          list.map((item) => (
            <View
              key={item.id}
              className="wall__item tap-target"
              role="button"
              onClick={() => void Taro.navigateTo({ url: merchantRoutes.detail(item.merchantId) })}
            >
              <Text className="wall__name">{item.merchantName}</Text>
              <Text className="muted">
                {item.town} · {day(item.signedAt)}
              </Text>
            </View>
          ))
        }
      </PagedListView>
    </PageShell>
  );
}
