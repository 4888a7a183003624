import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { StaffCampaign } from '@api/campaigns';
import { CAMPAIGN_PHASE_LABELS, CAMPAIGN_STATUS_LABELS } from '@/domain/campaign-vocabulary';
import { campaignPeriod } from '../components/campaign-dates';
import { campaignRoutes } from '../routes';
import './staff-campaign-card.scss';

const open = (url: string) => void Taro.navigateTo({ url });

/** One campaign in the staff list: status, where it came from, period, reports; edit or stats. */
export function StaffCampaignCard({ campaign }: { campaign: StaffCampaign }) {
  const { content } = campaign;
  return (
    <View className="section staff-campaign" aria-label={content.name}>
      <View className="staff-campaign__tags">
        <Tag type={campaign.status === 'published' ? 'success' : 'default'}>
          {CAMPAIGN_STATUS_LABELS[campaign.status]}
        </Tag>
        {campaign.status === 'published' && (
          <Tag type={campaign.phase === 'active' ? 'danger' : 'default'} plain>
            {CAMPAIGN_PHASE_LABELS[campaign.phase]}
          </Tag>
        )}
        <Tag type="info" plain>
          {campaign.source === 'profile' ? '县域配置' : '自建'}
        </Tag>
      </View>
      <Text className="staff-campaign__name">{content.name}</Text>
      <Text className="muted">
        {campaignPeriod(content.periodFrom, content.periodTo)} · {content.leadUnit}
      </Text>
      {campaign.status === 'withdrawn' && campaign.withdrawnReason && (
        <Text className="staff-campaign__reason">撤下原因：{campaign.withdrawnReason}</Text>
      )}
      <View className="staff-campaign__foot">
        <Text className="staff-campaign__count">收到举报 {campaign.reportCount} 件</Text>
        <View className="staff-campaign__actions">
          <Button
            size="small"
            fill="outline"
            onClick={() => open(campaignRoutes.stats(campaign.id))}
          >
            举报统计
          </Button>
          <Button
            size="small"
            type="primary"
            onClick={() => open(campaignRoutes.edit(campaign.id))}
          >
            编辑
          </Button>
        </View>
      </View>
    </View>
  );
}
