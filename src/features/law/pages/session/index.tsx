import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { SessionDetail } from '@api/law';
import { EmptyState } from '@/components/empty-state';
import { LoadState } from '@/components/load-state';
import { PageShell } from '@/components/page-shell';
import { lawRoutes } from '../../routes';
import { SessionPlace } from '../../session-components/session-place';
import { dayInWords, sessionWhen } from '../../session-components/session-time';
import { useSessionDetail } from './use-session-detail';
import './index.scss';

/** A draft, or an id that does not exist. */
function Gone() {
  return (
    <View className="section law-session__gone" role="alert">
      <EmptyState title="该活动不存在或尚未发布" description="可以看看其他普法活动" />
      <Button
        block
        type="primary"
        onClick={() => void Taro.redirectTo({ url: lawRoutes.sessions })}
      >
        查看全部活动
      </Button>
    </View>
  );
}

type Page = ReturnType<typeof useSessionDetail>;

function Reminder({ page, session }: { page: Page; session: SessionDetail }) {
  if (session.status === 'cancelled' || session.past) return null;
  return (
    <View className="section law-session__remind" aria-label="活动提醒">
      {page.reminded ? (
        <>
          <View className="law-session__reminded" role="status">
            已设置提醒{page.remindDay ? `，将于${dayInWords(page.remindDay)}提醒您` : ''}
          </View>
          <Button
            block
            fill="outline"
            loading={page.busy}
            disabled={page.busy}
            onClick={() => void page.forget()}
          >
            取消提醒
          </Button>
        </>
      ) : (
        <>
          <Text className="muted">活动前一天通过消息中心（和微信通知）提醒您。</Text>
          <Button
            block
            type="primary"
            loading={page.busy}
            disabled={page.busy}
            onClick={() => void page.remind()}
          >
            提醒我
          </Button>
        </>
      )}
    </View>
  );
}

function Session({ page, session }: { page: Page; session: SessionDetail }) {
  const cancelled = session.status === 'cancelled';
  return (
    <>
      {cancelled && (
        <View className="section law-session__cancelled" role="alert">
          <Text className="law-session__cancelled-title">本场活动已取消</Text>
          {session.cancelledReason && <Text>原因：{session.cancelledReason}</Text>}
        </View>
      )}
      <View className="section law-session__head">
        <View className="law-session__tags">
          {cancelled ? <Tag type="danger">已取消</Tag> : session.past && <Tag>已结束</Tag>}
          {page.reminded && !cancelled && !session.past && (
            <Tag type="success" plain>
              已提醒
            </Tag>
          )}
        </View>
        <Text className="law-session__topic">{session.topic}</Text>
        <View className="law-session__facts">
          <Text className="law-session__label">时间</Text>
          <Text className="law-session__when">{sessionWhen(session.startsAt, session.endsAt)}</Text>
          <Text className="law-session__label">地点</Text>
          <Text>
            {session.town} · {session.village}
          </Text>
          <Text className="law-session__label">主讲</Text>
          <Text>{session.speakerUnit}</Text>
        </View>
        {session.description && (
          <Text className="law-session__description">{session.description}</Text>
        )}
      </View>
      <View className="section" aria-label="活动地点">
        <View className="section-title">活动地点</View>
        <SessionPlace
          name={session.place}
          address={`${session.town}${session.village} ${session.place}`}
          location={session.location}
        />
      </View>
      <Reminder page={page} session={session} />
      {!cancelled && (
        <Text className="muted law-session__note">
          到场后用微信扫描现场的签到二维码即可签到，签到后可参加答题并留下反馈。
        </Text>
      )}
    </>
  );
}

/** One 法润乡村 session: when, where (map), who speaks, 提醒我; a cancelled one says why. */
export default function LawSessionPage() {
  const id = useRouter().params.id ?? '';
  const page = useSessionDetail(id);
  const { remote } = page;
  const title = remote.data ? `法润乡村：${remote.data.topic}` : undefined;
  Taro.useLoad(() => {
    if (process.env.TARO_ENV === 'weapp') {
      Taro.showShareMenu({ showShareItems: ['wechatFriends', 'wechatMoment'] });
    }
  });
  Taro.useShareAppMessage(() => ({ title, path: lawRoutes.session(id) }));
  Taro.useShareTimeline(() => ({ title, query: `id=${encodeURIComponent(id)}` }));

  const gone = remote.error?.status === 404;
  return (
    <PageShell className="law-session">
      {gone ? (
        <Gone />
      ) : (
        <LoadState {...remote} onRetry={() => void remote.reload()} skeletonRows={10}>
          {(session) => <Session page={page} session={session} />}
        </LoadState>
      )}
    </PageShell>
  );
}
