import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { CampaignCard as Card, CampaignPhase } from '@api/campaigns';
import { CAMPAIGN_PHASE_LABELS } from '@/domain/campaign-vocabulary';
import { campaignRoutes } from '../routes';
import { CampaignCover } from './campaign-cover';
import { campaignPeriod } from './campaign-dates';
import './campaign-card.scss';

export const phaseTagType = (phase: CampaignPhase) =>
  phase === 'active' ? 'danger' : phase === 'upcoming' ? 'warning' : 'default';

/** One published campaign in the list: cover (or banner), name, phase, period, lead unit. */
export function CampaignCard({ campaign }: { campaign: Card }) {
  return (
    <View
      className={`section campaign-card tap-target is-${campaign.phase}`}
      role="link"
      aria-label={campaign.name}
      onClick={() => void Taro.navigateTo({ url: campaignRoutes.detail(campaign.id) })}
    >
      {/* Without a cover the drawn banner carries the name: not said twice. */}
      <CampaignCover name={campaign.name} cover={campaign.cover} />
      <View className="campaign-card__head">
        <Tag type={phaseTagType(campaign.phase)}>{CAMPAIGN_PHASE_LABELS[campaign.phase]}</Tag>
        {campaign.cover && <Text className="campaign-card__name">{campaign.name}</Text>}
      </View>
      <Text className="campaign-card__summary">{campaign.summary}</Text>
      <View className="campaign-card__meta muted">
        <Text>{campaignPeriod(campaign.periodFrom, campaign.periodTo)}</Text>
        <Text>{campaign.leadUnit}</Text>
      </View>
    </View>
  );
}
