import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { AdvisoryDetail } from '@api/advisories';
import { EmptyState } from '@/components/empty-state';
import { LoadState } from '@/components/load-state';
import { PageShell } from '@/components/page-shell';
import { absoluteUploadUrl } from '@/components/private-image';
import { useRegion } from '@/hooks/use-region';
import { previewImage } from '@/services/preview-image';
import { ArticleLink } from '@/features/law';
import { openMerchant } from '@/features/merchants';
import { advisoryRoutes } from '../../routes';
import { CallToAction } from '../../components/call-to-action';
import { DetailBar } from '../../components/detail-bar';
import { MarkupView } from '../../components/markup-view';
import { day, kindTagType, referenceLabel, validityLabel } from '../../components/advisory-labels';
import { useAdvisoryDetail } from './use-advisory-detail';
import './index.scss';

/** Taken down, never published, or an id that does not exist: say so plainly. */
function Gone() {
  return (
    <View className="section advisory__gone" role="alert">
      <EmptyState title="该提示已下线或不存在" description="可以看看其他消费提示" />
      <Button
        block
        type="primary"
        onClick={() => void Taro.redirectTo({ url: advisoryRoutes.list })}
      >
        查看全部消费提示
      </Button>
    </View>
  );
}

/** The penalty a 警示 naming a business rests on (消法第五十六条), and the way to its page. */
function NamedMerchant({ merchant }: { merchant: NonNullable<AdvisoryDetail['merchant']> }) {
  return (
    <View className="section advisory__merchant" aria-label="涉及商家">
      <Text className="advisory__merchant-title">涉及商家</Text>
      <Text className="advisory__merchant-basis">
        处罚决定书 {merchant.penaltyNo}（{day(merchant.penaltyDate)}）
      </Text>
      <View
        className="advisory__merchant-link tap-target"
        role="link"
        onClick={() => void openMerchant(merchant.merchantId)}
      >
        <Text className="advisory__merchant-name">{merchant.merchantName}</Text>
        <Text className="advisory__merchant-open">查看商家 ›</Text>
      </View>
    </View>
  );
}

function Images({ images }: { images: AdvisoryDetail['images'] }) {
  const urls = images.map((image) => absoluteUploadUrl(image.url));
  return (
    <View className="advisory__images">
      {urls.map((url, index) => (
        <View
          key={url}
          className="advisory__image"
          role="button"
          aria-label={`配图${index + 1}，点击查看大图`}
          onClick={() => void previewImage({ current: url, urls })}
        >
          <Image className="advisory__image-img" src={url} mode="aspectFill" />
        </View>
      ))}
    </View>
  );
}

/** 消费提示/警示: what it says, who issued it and on what basis, what to do, and 有用/收藏/分享. */
export default function AdvisoryDetailPage() {
  const { id, remote, advisory, markUseful, marking, copyLink } = useAdvisoryDetail();
  const region = useRegion();
  const hotline = region?.hotlines[0]?.number ?? '12315';
  const gone = remote.error?.status === 404 || !id;

  return (
    <PageShell className="advisory">
      {gone ? (
        <Gone />
      ) : (
        <LoadState {...remote} data={advisory} onRetry={() => void remote.reload()}>
          {(item) => {
            const validity = validityLabel(item);
            return (
              <>
                <View className="section advisory__head">
                  <View className="advisory__tags">
                    <Tag type={kindTagType(item.kind)}>{item.kind}</Tag>
                    <Tag type="default" plain>
                      {item.category}
                    </Tag>
                    {item.expired && (
                      <Tag type="default" plain>
                        已过期
                      </Tag>
                    )}
                  </View>
                  <Text className="advisory__title">{item.title}</Text>
                  <View className="advisory__meta muted">
                    <Text>{item.issuer}</Text>
                    <Text>{day(item.publishedAt)} 发布</Text>
                    <Text>阅读 {item.readCount}</Text>
                  </View>
                  {validity && <Text className="advisory__validity">{validity}</Text>}
                </View>

                {item.merchant && <NamedMerchant merchant={item.merchant} />}

                <View className="section advisory__body">
                  <MarkupView body={item.body} />
                  {item.images.length > 0 && <Images images={item.images} />}
                </View>

                {item.legalBasis.length > 0 && (
                  <View className="section" aria-label="法律依据">
                    <View className="section-title">法律依据</View>
                    <View className="advisory__laws">
                      {/* Each a tap to the article when the library has its law. */}
                      {item.legalBasis.map((ref) => (
                        <ArticleLink
                          key={referenceLabel(ref)}
                          className="advisory__law"
                          law={ref.law}
                          article={ref.article}
                        />
                      ))}
                    </View>
                  </View>
                )}

                {item.action && (
                  <View className="section advisory__action">
                    <CallToAction
                      action={item.action}
                      hotline={hotline}
                      merchantId={item.merchant?.merchantId}
                    />
                  </View>
                )}

                <DetailBar
                  id={item.id}
                  usefulCount={item.usefulCount}
                  markedUseful={item.markedUseful}
                  favorited={item.favorited}
                  marking={marking}
                  onUseful={() => void markUseful()}
                  onCopyLink={() => void copyLink()}
                />
              </>
            );
          }}
        </LoadState>
      )}
    </PageShell>
  );
}
