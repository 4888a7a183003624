import { useState } from 'react';
import { View } from '@tarojs/components';
import { PageShell } from '@/components/page-shell';
import { LoadState } from '@/components/load-state';
import { useRemote } from '@/hooks/use-remote';
import { cachedRegion, fetchRegion } from '@/services/region';
// Routes modules and one small component, not the features' index: the main package's budget.
import {
  fetchActiveCampaigns,
  HomeCampaigns,
} from '@/features/campaigns/components/home-campaigns';
import { reportRoutes } from '@/features/reports/routes';
import { cachedDigest, fetchDigest } from './advisory-digest';
import { AdvisoryBlocks } from './components/advisory-blocks';
import { CampaignBanner } from './components/campaign-banner';
import { EventCard } from './components/event-card';
import { FeatureEntries } from './components/feature-entries';
import { HotlineList } from './components/hotline-list';
import './index.scss';

/**
 * 首页: the county's campaign, the ways in, the active 专项整治, the current 消费警示 and newest
 * 消费提示, the square event and the hotlines.
 */
export default function HomePage() {
  const [cached] = useState(cachedRegion);
  const region = useRemote(fetchRegion, cached);
  // Loaded alongside the profile; its failure only touches its own blocks.
  const advisories = useRemote(fetchDigest, cachedDigest());
  const campaigns = useRemote(fetchActiveCampaigns);
  // On a first open the blocks appear together, once every answer is in (or failed): a block that
  // came later would push what is already on screen down (a layout shift). A cached profile shows
  // at once, as before.
  const waiting =
    !cached && [advisories, campaigns].some((remote) => remote.loading && !remote.data);
  return (
    <PageShell className="home">
      <LoadState
        {...region}
        data={waiting ? undefined : region.data}
        loading={region.loading || waiting}
        onRetry={region.reload}
        skeletonRows={10}
      >
        {(profile) => (
          <>
            <CampaignBanner region={profile} />
            <FeatureEntries hotline={profile.hotlines[0]} />
            <HomeCampaigns data={campaigns.data} reportUrl={reportRoutes.create} />
            <AdvisoryBlocks {...advisories} />
            <EventCard event={profile.event} />
            <HotlineList hotlines={profile.hotlines} />
            <View className="home__footer muted">
              主办：{profile.bureau} · {profile.council}
            </View>
          </>
        )}
      </LoadState>
    </PageShell>
  );
}
