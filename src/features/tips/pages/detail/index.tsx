import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { PublicTip } from '@api/tips';
import { EmptyState } from '@/components/empty-state';
import { LoadState } from '@/components/load-state';
import { PageShell } from '@/components/page-shell';
import { PrivatePhotos } from '@/components/private-photos';
import { FavoriteButton } from '@/features/favorites';
import { advisoryRoutes } from '@/features/advisories';
import { useSession } from '@/services/session';
import { ReportDialog } from '../../components/report-dialog';
import { promoteTip } from '../../promote';
import { formatDate } from '../../labels';
import { tipRoutes } from '../../routes';
import { useTipDetail } from './use-tip-detail';
import './index.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';

/** Hidden, withdrawn or never there: the same words, and the way to other tips. */
function Gone() {
  return (
    <View className="tip-detail__gone">
      <EmptyState title="这条小贴士已不存在" description="可能已被作者撤回或因违规被屏蔽" />
      <Button type="primary" onClick={() => void Taro.redirectTo({ url: advisoryRoutes.list })}>
        看看其他提示
      </Button>
    </View>
  );
}

/** H5 has no 转发: the link to this tip, with its share source, goes to the clipboard. */
function copyLink(tip: PublicTip) {
  const url = `${window.location.origin}${tipRoutes.detail(tip.id)}&src=st.${tip.id}`;
  void Taro.setClipboardData({ data: url }).then(() =>
    Taro.showToast({ title: '链接已复制，可粘贴发给好友', icon: 'none' }),
  );
}

/** Staff: a good tip becomes an official 提示 draft (据消费者投稿). */
function StaffPromotion({ id }: { id: string }) {
  const role = useSession()?.user.role;
  if (role !== 'staff' && role !== 'admin') return null;
  return (
    <View className="section tip-detail__staff">
      <Text className="muted">工作人员：可把这条小贴士转为官方提示草稿，编辑后送审发布。</Text>
      <Button size="small" fill="outline" type="primary" onClick={() => void promoteTip(id)}>
        转为官方提示
      </Button>
    </View>
  );
}

function TipView({ detail, tip }: { detail: ReturnType<typeof useTipDetail>; tip: PublicTip }) {
  return (
    <>
      <View className="section tip-detail__article">
        <Text className="tip-detail__title">{tip.title}</Text>
        <View className="tip-detail__meta">
          <Tag type="info" plain>
            {tip.category}
          </Tag>
          <Text className="muted">{tip.authorName} 投稿</Text>
          <Text className="muted">{formatDate(tip.publishedAt)}</Text>
        </View>
        {/* Plain text as written: whatever it contains is shown, never interpreted. */}
        <Text className="tip-detail__body" userSelect>
          {tip.body}
        </Text>
        {tip.photos.length > 0 && (
          <PrivatePhotos
            photos={tip.photos}
            className="tip-detail__photos"
            photoClassName="tip-detail__photo"
            label="小贴士图片"
          />
        )}
        <Text className="muted tip-detail__source">
          本文由消费者投稿，经审核发布，仅供参考；遇到消费纠纷可拨打12315或在线投诉。
        </Text>
      </View>

      <View className="section tip-detail__actions">
        <Button
          type="primary"
          fill={tip.markedUseful ? 'outline' : undefined}
          loading={detail.marking}
          // Marked: still readable (a disabled button is too pale); a second tap does nothing.
          aria-pressed={tip.markedUseful}
          onClick={() => void detail.markUseful()}
        >
          {tip.markedUseful ? `已觉得有用 ${tip.usefulCount}` : `有用 ${tip.usefulCount}`}
        </Button>
        <FavoriteButton kind="tip" id={tip.id} favorited={tip.favorited} />
        {isWeapp ? (
          <Button fill="outline" openType="share">
            转发
          </Button>
        ) : (
          <Button fill="outline" onClick={() => copyLink(tip)}>
            复制链接
          </Button>
        )}
        <Button
          fill="outline"
          onClick={() => void Taro.navigateTo({ url: tipRoutes.poster(tip.id) })}
        >
          生成海报
        </Button>
      </View>
      <View className="tip-detail__report">
        <View
          className="tip-detail__report-link tap-target"
          role="button"
          onClick={() => void detail.report()}
        >
          举报不当内容
        </View>
      </View>
      <StaffPromotion id={tip.id} />
      <ReportDialog
        tipId={tip.id}
        visible={detail.reporting}
        onClose={detail.closeReport}
        onReported={detail.reported}
      />
    </>
  );
}

/** 消费小贴士: one published tip to read, mark 有用, keep, share, or report. */
export default function TipDetailPage() {
  const detail = useTipDetail();
  const { remote, tip } = detail;
  const gone = remote.error?.status === 404 || remote.error?.status === 400;
  return (
    <PageShell className="tip-detail">
      {gone && !tip ? (
        <Gone />
      ) : (
        <LoadState {...remote} data={tip} onRetry={() => void remote.reload()}>
          {(loaded) => <TipView detail={detail} tip={loaded} />}
        </LoadState>
      )}
    </PageShell>
  );
}
