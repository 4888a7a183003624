import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Picker, Text, View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';
import { LiteButton } from '@/components/lite-button';
import type { Badge } from '@api/merchants';
import { CREDIT_CODE_ALPHABET } from '@/domain/credit-code';
import { EmptyState } from '@/components/empty-state';
import { PageShell } from '@/components/page-shell';
import { useRegion } from '@/hooks/use-region';
import { MerchantCard } from '@/features/merchants/components/merchant-card';
import { useMerchantSearch } from '@/features/merchants/hooks/use-merchant-search';
import { currentPosition, openMerchant, scanAndOpen } from '@/features/merchants/navigation';
import { recentSearches } from '@/features/merchants/recent-searches';
import { SORT_LABELS } from '@/features/merchants/complaint-figures';
import { complaintRoutes } from '@/features/complaints/routes';
import './index.scss';

const BADGES: { value: Badge; label: string }[] = [
  { value: 'model-unit', label: '示范单位' },
  { value: 'pledge', label: '无理由退货' },
  { value: 'initiative', label: '已签倡议' },
];

const ALL = '全部';

const isCreditCode = (text: string) =>
  text.length === 18 && [...text.toUpperCase()].every((c) => CREDIT_CODE_ALPHABET.includes(c));

/** 我要投诉 for a business the registry does not know: the name typed (a credit code is no name). */
const complainAbout = (query: string) => {
  const name = query.trim();
  const url =
    name && !isCreditCode(name) ? complaintRoutes.newUnregistered(name) : complaintRoutes.new();
  void Taro.navigateTo({ url });
};

/** 查商家: is the shop in front of me trustworthy? Search, filter, scan. */
export default function MerchantsPage() {
  const region = useRegion();
  const search = useMerchantSearch();
  const { filters, update, items, loading, error, stale } = search;
  const query = filters.q.trim();
  const [recent, setRecent] = useState(recentSearches.list);
  const hotline = region?.hotlines[0]?.number ?? '12315';

  const pick =
    (options: string[], key: 'industry' | 'town') => (event: { detail: { value: unknown } }) => {
      const chosen = options[Number(event.detail.value)];
      update({ [key]: chosen === ALL ? undefined : chosen });
    };
  const industries = [ALL, ...(region?.industries ?? [])];
  const towns = [ALL, ...(region?.towns ?? [])];

  // 离我最近 is an order too: it and a figures order replace each other.
  const toggleNear = async () => {
    const near = filters.near ? undefined : await currentPosition();
    update(near ? { near, sort: undefined } : { near: undefined });
  };

  return (
    <PageShell className="merchants">
      <View className="merchants__bar">
        <Input
          className="merchants__input"
          value={filters.q}
          placeholder="商家名称或统一社会信用代码"
          confirmType="search"
          maxlength={50}
          onInput={(event) => update({ q: event.detail.value })}
          onConfirm={() => setRecent(recentSearches.add(filters.q))}
        />
        <View className="merchants__scan tap-target" onClick={() => void scanAndOpen()}>
          扫一扫
        </View>
      </View>

      <View className="merchants__filters">
        <Picker mode="selector" range={industries} onChange={pick(industries, 'industry')}>
          <View className={`merchants__chip ${filters.industry ? 'is-on' : ''}`}>
            {filters.industry ?? '行业'} ▾
          </View>
        </Picker>
        <Picker mode="selector" range={towns} onChange={pick(towns, 'town')}>
          <View className={`merchants__chip ${filters.town ? 'is-on' : ''}`}>
            {filters.town ?? '镇街'} ▾
          </View>
        </Picker>
        {BADGES.map((badge) => (
          <View
            key={badge.value}
            className={`merchants__chip ${filters.badge === badge.value ? 'is-on' : ''}`}
            onClick={() =>
              update({ badge: filters.badge === badge.value ? undefined : badge.value })
            }
          >
            {badge.label}
          </View>
        ))}
        <View
          className={`merchants__chip ${filters.near ? 'is-on' : ''}`}
          onClick={() => void toggleNear()}
        >
          离我最近
        </View>
      </View>

      <View className="merchants__sorts" role="radiogroup" aria-label="排序">
        <Text className="muted">排序</Text>
        {SORT_LABELS.map((option) => {
          const on = filters.sort === option.value;
          return (
            <View
              key={option.label}
              className={`merchants__sort tap-target ${on ? 'is-on' : ''}`}
              role="radio"
              aria-checked={on}
              onClick={() =>
                update(option.value ? { sort: option.value, near: undefined } : { sort: undefined })
              }
            >
              {option.label}
            </View>
          );
        })}
      </View>

      {!filters.q && recent.length > 0 && (
        <View className="merchants__recent">
          <Text className="muted">最近搜索</Text>
          {recent.map((term) => (
            <View key={term} className="merchants__chip" onClick={() => update({ q: term })}>
              {term}
            </View>
          ))}
          <Text
            className="merchants__clear muted"
            onClick={() => setRecent(recentSearches.clear())}
          >
            清空
          </Text>
        </View>
      )}

      {items === undefined && loading && (
        <View className="merchants__skeleton" aria-busy="true">
          <Skeleton rows={8} animated />
        </View>
      )}

      {items === undefined && !loading && error && (
        <View className="merchants__state merchants__failed" role="alert">
          <EmptyState
            title={query ? `没能查询“${query}”` : '没能加载商家'}
            description={error.message}
          />
          <LiteButton type="primary" onClick={search.retry}>
            重试
          </LiteButton>
        </View>
      )}

      {stale && (
        <View className="merchants__stale" role="status" onClick={search.retry}>
          {error?.message ?? '刷新失败'}，下面是上次的结果。点此重试
        </View>
      )}

      {items?.length === 0 && (
        <View className="merchants__state">
          <Text className="merchants__none">未查到该商家</Text>
          <Text className="muted">
            请核对名称或信用代码。未登记的商家同样可以投诉，也可拨打 {hotline} 投诉举报。
          </Text>
          <View className="merchants__actions">
            <LiteButton type="primary" onClick={() => complainAbout(query)}>
              我要投诉
            </LiteButton>
            <LiteButton
              onClick={() =>
                void Taro.makePhoneCall({ phoneNumber: hotline }).catch(() => undefined)
              }
            >
              拨打 {hotline}
            </LiteButton>
          </View>
        </View>
      )}

      {items?.map((merchant) => (
        <MerchantCard
          key={merchant.id}
          merchant={merchant}
          sortedByFigures={filters.sort !== undefined}
          onOpen={() => void openMerchant(merchant.id)}
        />
      ))}

      {items && items.length > 0 && (
        <View className="merchants__more muted" onClick={search.loadMore}>
          {loading
            ? '加载中…'
            : error && !stale
              ? `${error.message}，点此重试`
              : search.hasMore
                ? '上拉或点此加载更多'
                : '没有更多了'}
        </View>
      )}
    </PageShell>
  );
}
