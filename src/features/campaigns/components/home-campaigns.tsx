import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ActiveCampaigns, CampaignCard } from '@api/campaigns';
import type { Remote } from '@/hooks/use-remote';
import { load } from '@/services/api-calls';
import { campaignRoutes } from '../routes';
import { campaignDay } from './campaign-dates';
import './home-campaigns.scss';

/** 首页 lists at most this many; the rest are one tap away under 更多. */
const SHOWN = 3;

export const fetchActiveCampaigns = () => load<ActiveCampaigns>('/campaigns/active');

const open = (url: string) => void Taro.navigateTo({ url });

function Item({ campaign, reportUrl }: { campaign: CampaignCard; reportUrl: string }) {
  return (
    <View
      className="home-campaigns__item tap-target"
      role="link"
      onClick={() => open(campaignRoutes.detail(campaign.id))}
    >
      <View className="home-campaigns__text">
        <Text className="home-campaigns__name">{campaign.name}</Text>
        <Text className="muted">
          至{campaignDay(campaign.periodTo)} · {campaign.leadUnit}
        </Text>
      </View>
      <View
        className="home-campaigns__report tap-target"
        role="button"
        // Starts with the words on the button, so voice control finds it by what it shows.
        aria-label={`我要举报：${campaign.name}`}
        onClick={(event) => {
          event.stopPropagation();
          open(reportUrl);
        }}
      >
        我要举报
      </View>
    </View>
  );
}

/**
 * 首页's 专项整治: the campaigns in their period, each with 我要举报. Nothing at all while loading,
 * on failure or when none is active: the page never waits for it. The report form's URL comes
 * from the page (the reports feature's routes, not its index, keep the main package small).
 */
export function HomeCampaigns({
  data,
  reportUrl,
}: Pick<Remote<ActiveCampaigns>, 'data'> & { reportUrl: (campaignId: string) => string }) {
  if (!data || data.items.length === 0) return null;
  return (
    <View className="section home-campaigns" aria-label="专项整治">
      <View className="home-campaigns__head">
        <Text className="section-title">专项整治</Text>
        <Text className="home-campaigns__more tap-target" onClick={() => open(campaignRoutes.list)}>
          更多 ›
        </Text>
      </View>
      {data.items.slice(0, SHOWN).map((campaign) => (
        <Item key={campaign.id} campaign={campaign} reportUrl={reportUrl(campaign.id)} />
      ))}
    </View>
  );
}
