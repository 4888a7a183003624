import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { CampaignDetail } from '@api/campaigns';
import { CAMPAIGN_PHASE_LABELS } from '@/domain/campaign-vocabulary';
import { EmptyState } from '@/components/empty-state';
import { LoadState } from '@/components/load-state';
import { PageShell } from '@/components/page-shell';
import { absoluteUploadUrl } from '@/components/private-image';
import { useRemote } from '@/hooks/use-remote';
import { AdvisoryCard } from '@/features/advisories';
import { ArticleLink, CitedText } from '@/features/law';
import { reportRoutes } from '@/features/reports';
import { campaignsApi } from '../../api';
import { phaseTagType } from '../../components/campaign-card';
import { CampaignCover } from '../../components/campaign-cover';
import { campaignDay, campaignPeriod } from '../../components/campaign-dates';
import { campaignRoutes } from '../../routes';
import './index.scss';

const open = (url: string) => void Taro.navigateTo({ url });

function Gone() {
  return (
    <View className="section campaign__gone" role="alert">
      <EmptyState title="该专项整治已撤下或不存在" description="可以看看其他专项整治" />
      <Button
        block
        type="primary"
        onClick={() => void Taro.redirectTo({ url: campaignRoutes.list })}
      >
        查看全部专项整治
      </Button>
    </View>
  );
}

/** 我要举报 while it runs; before or after, what is the case and a report without the campaign. */
function ReportBar({ campaign }: { campaign: CampaignDetail }) {
  if (campaign.phase === 'active') {
    return (
      <View className="campaign__bar">
        <Button block type="primary" onClick={() => open(reportRoutes.create(campaign.id))}>
          我要举报
        </Button>
      </View>
    );
  }
  const state =
    campaign.phase === 'upcoming'
      ? `${campaignDay(campaign.periodFrom)}开始，开始后可在此举报`
      : '本次专项整治已结束';
  return (
    <View className="campaign__bar">
      <Text className="campaign__bar-state">{state}</Text>
      <Button fill="outline" type="primary" onClick={() => open(reportRoutes.create())}>
        举报其他线索
      </Button>
    </View>
  );
}

function Campaign({ campaign }: { campaign: CampaignDetail }) {
  return (
    <>
      <CampaignCover name={campaign.name} cover={campaign.cover} size="hero" />
      <View className="section campaign__head">
        <View className="campaign__tags">
          <Tag type={phaseTagType(campaign.phase)}>{CAMPAIGN_PHASE_LABELS[campaign.phase]}</Tag>
        </View>
        {/* Without a cover the drawn banner above carries the name. */}
        {campaign.cover && <Text className="campaign__name">{campaign.name}</Text>}
        <View className="campaign__facts">
          <Text className="muted">整治时间</Text>
          <Text>{campaignPeriod(campaign.periodFrom, campaign.periodTo)}</Text>
          <Text className="muted">牵头单位</Text>
          <Text>{campaign.leadUnit}</Text>
        </View>
      </View>

      <View className="section" aria-label="整治重点">
        <View className="section-title">整治重点</View>
        <Text className="campaign__targets">{campaign.targets}</Text>
      </View>

      <View className="section" aria-label="可举报事项">
        <View className="section-title">可举报事项</View>
        <View className="campaign__chips">
          {campaign.reportable.map((item) => (
            <Text key={item} className="campaign__chip">
              {item}
            </Text>
          ))}
        </View>
        <CitedText
          className="muted campaign__note"
          text="可实名或匿名举报，举报人信息依法保密（《市场监督管理投诉举报处理暂行办法》第三十三条）。"
        />
      </View>

      {campaign.legalBasis.length > 0 && (
        <View className="section" aria-label="法律依据">
          <View className="section-title">法律依据</View>
          {/* Each a tap to the article when the library has its law. */}
          {campaign.legalBasis.map((ref) => (
            <ArticleLink
              key={`${ref.law}${ref.article}`}
              className="campaign__law"
              law={ref.law}
              article={ref.article}
            />
          ))}
        </View>
      )}

      {campaign.advisories.length > 0 && (
        <View className="campaign__advisories" aria-label="相关提示">
          <View className="section-title campaign__advisories-title">相关消费提示与警示</View>
          {campaign.advisories.map((advisory) => (
            <AdvisoryCard key={advisory.id} advisory={advisory} />
          ))}
        </View>
      )}

      <ReportBar campaign={campaign} />
    </>
  );
}

/** One campaign: what it targets, what to report, on what basis, its advisories, 我要举报. */
export default function CampaignDetailPage() {
  const id = useRouter().params.id ?? '';
  const remote = useRemote(() => campaignsApi.get(id));
  const campaign = remote.data;

  Taro.useShareAppMessage(() => ({
    title: campaign ? `【专项整治】${campaign.name}` : '专项整治',
    path: campaignRoutes.detail(id),
    imageUrl: campaign?.cover && absoluteUploadUrl(campaign.cover.url),
  }));

  return (
    <PageShell className="campaign">
      {remote.error?.status === 404 || !id ? (
        <Gone />
      ) : (
        <LoadState {...remote} onRetry={() => void remote.reload()}>
          {(item) => <Campaign campaign={item} />}
        </LoadState>
      )}
    </PageShell>
  );
}
