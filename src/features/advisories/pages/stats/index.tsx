import { useState } from 'react';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import { View, Text } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { AdvisoryStats } from '@api/advisories';
import { gatedPage } from '@/components/access-gate';
import { EmptyState } from '@/components/empty-state';
import { LoadState } from '@/components/load-state';
import { useRemote } from '@/hooks/use-remote';
import { advisoryRoutes } from '../../routes';
import { advisoriesStaffApi } from '../../staff-api';
import '@/components/filter-chips.scss';
import '../../staff-components/status-tabs.scss';
import './index.scss';

const PERIODS = [7, 30, 90] as const;
type Period = (typeof PERIODS)[number];

type Figures = Pick<AdvisoryStats['items'][number], 'views' | 'useful' | 'shares' | 'shareEntries'>;

const FIGURES: { key: keyof Figures; label: string }[] = [
  { key: 'views', label: '阅读' },
  { key: 'useful', label: '有用' },
  { key: 'shares', label: '分享' },
  { key: 'shareEntries', label: '分享带来访问' },
];

function FigureRow({ figures }: { figures: Figures }) {
  return (
    <View className="stats__figures">
      {FIGURES.map(({ key, label }) => (
        <View key={key} className="stats__figure" aria-label={`${label} ${figures[key]}`}>
          <Text className="stats__number">{figures[key]}</Text>
          <Text className="muted">{label}</Text>
        </View>
      ))}
    </View>
  );
}

const day = (date: string) => dayjs(date).format('M月D日');

function StatsView({ stats }: { stats: AdvisoryStats }) {
  if (stats.items.length === 0) {
    return (
      <View className="stats__empty">
        <EmptyState
          title="这段时间还没有阅读数据"
          description="发布的提示警示被阅读、分享后，数据会显示在这里"
        />
      </View>
    );
  }
  const items = [...stats.items].sort((a, b) => b.views - a.views);
  const categories = [...stats.byCategory].sort((a, b) => b.views - a.views);
  return (
    <>
      <Text className="stats__range muted">
        {day(stats.from)}至{day(stats.to)}，阅读按每人每天计一次
      </Text>
      <View className="section">
        <View className="section-title">按分类</View>
        {categories.map((row) => (
          <View key={row.category} className="stats__row" aria-label={`分类 ${row.category}`}>
            <View className="stats__row-head">
              <Text className="stats__name">{row.category}</Text>
              <Text className="muted">{row.advisories} 条</Text>
            </View>
            <FigureRow figures={row} />
          </View>
        ))}
      </View>
      <View className="section">
        <View className="section-title">按提示警示（阅读多的在前）</View>
        {items.map((row) => (
          <View
            key={row.id}
            className="stats__row tap-target"
            role="button"
            aria-label={row.title}
            onClick={() => void Taro.navigateTo({ url: advisoryRoutes.review(row.id) })}
          >
            <View className="stats__row-head">
              <Text className="stats__name">{row.title}</Text>
            </View>
            <View className="stats__tags">
              <Tag type={row.kind === '警示' ? 'danger' : 'info'}>{row.kind}</Tag>
              <Tag plain>{row.category}</Tag>
            </View>
            <FigureRow figures={row} />
          </View>
        ))}
      </View>
    </>
  );
}

function PeriodStats({ days }: { days: Period }) {
  const remote = useRemote(() => advisoriesStaffApi.stats(days));
  return (
    <LoadState {...remote} onRetry={() => void remote.reload()} skeletonRows={8}>
      {(stats) => <StatsView stats={stats} />}
    </LoadState>
  );
}

function Stats() {
  const [days, setDays] = useState<Period>(30);
  return (
    <>
      <View className="section">
        <View className="filter-chips advisory-chips" role="tablist" aria-label="统计时段">
          {PERIODS.map((period) => (
            <View
              key={period}
              className={`filter-chips__chip tap-target ${period === days ? 'is-active' : ''}`}
              role="tab"
              aria-selected={period === days}
              onClick={() => setDays(period)}
            >
              近{period}天
            </View>
          ))}
        </View>
      </View>
      <PeriodStats key={days} days={days} />
    </>
  );
}

/** 提示警示数据 (staff): views, 有用, shares and visits through shares, per category and item. */
export default gatedPage('advisory-stats', { staffOnly: true }, Stats);
