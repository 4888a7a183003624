import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { CampaignStats, StaffCampaign } from '@api/campaigns';
import { REPORT_STATUS_LABELS } from '@/domain/report-vocabulary';
import { gatedPage } from '@/components/access-gate';
import { LoadState } from '@/components/load-state';
import { useRemote } from '@/hooks/use-remote';
import { campaignPeriod } from '../../components/campaign-dates';
import { campaignsStaffApi } from '../../staff-api';
import { ReportMap } from '../../staff-components/report-map';
import './index.scss';

interface Bar {
  label: string;
  count: number;
}

/** Horizontal bars, each as long as its share of the largest. */
function Bars({ bars, label }: { bars: Bar[]; label: string }) {
  const largest = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <View className="campaign-stats__bars" aria-label={label}>
      {bars.map((bar) => (
        <View
          key={bar.label}
          className="campaign-stats__bar"
          aria-label={`${bar.label} ${bar.count}件`}
        >
          <Text className="campaign-stats__bar-label">{bar.label}</Text>
          <View className="campaign-stats__bar-track">
            <View
              className="campaign-stats__bar-fill"
              style={{ width: `${(bar.count / largest) * 100}%` }}
            />
          </View>
          <Text className="campaign-stats__bar-count">{bar.count}</Text>
        </View>
      ))}
    </View>
  );
}

function Stats({ campaign, stats }: { campaign: StaffCampaign; stats: CampaignStats }) {
  const withPlace = stats.points.length;
  return (
    <>
      <View className="section campaign-stats__head">
        <Text className="campaign-stats__name">{campaign.content.name}</Text>
        <Text className="muted">
          {campaignPeriod(campaign.content.periodFrom, campaign.content.periodTo)}
        </Text>
      </View>
      <View className="section campaign-stats__totals">
        <View className="campaign-stats__total">
          <Text className="campaign-stats__number">{stats.total}</Text>
          <Text className="muted">收到举报</Text>
        </View>
        <View className={`campaign-stats__total ${stats.overdue > 0 ? 'is-overdue' : ''}`}>
          <Text className="campaign-stats__number">{stats.overdue}</Text>
          <Text className="muted">超期未核查</Text>
        </View>
        <View className="campaign-stats__total">
          <Text className="campaign-stats__number">{withPlace}</Text>
          <Text className="muted">有位置</Text>
        </View>
      </View>
      <View className="section">
        <View className="section-title">按办理状态</View>
        <Bars
          label="按办理状态"
          bars={stats.byStatus.map((row) => ({
            label: REPORT_STATUS_LABELS[row.status],
            count: row.count,
          }))}
        />
      </View>
      <View className="section">
        <View className="section-title">按乡镇</View>
        <Bars
          label="按乡镇"
          bars={stats.byTown.map((row) => ({ label: row.town, count: row.count }))}
        />
      </View>
      <View className="section">
        <View className="section-title">举报地点</View>
        <ReportMap points={stats.points} />
      </View>
      <Text className="muted campaign-stats__note">统计不含举报人信息。</Text>
    </>
  );
}

function StatsPage() {
  const id = useRouter().params.id ?? '';
  const remote = useRemote(() =>
    Promise.all([campaignsStaffApi.get(id), campaignsStaffApi.stats(id)]),
  );
  return (
    <LoadState {...remote} onRetry={() => void remote.reload()} skeletonRows={10}>
      {([campaign, stats]) => <Stats campaign={campaign} stats={stats} />}
    </LoadState>
  );
}

/** 举报统计 (staff): one campaign's reports by status and town, overdue ones, and where. */
export default gatedPage('campaign-stats', { staffOnly: true }, StatsPage);
