import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Checkin } from '@api/law';
import { PageShell } from '@/components/page-shell';
import { quizRoutes } from '@/features/quiz';
import { lawRoutes } from '../../routes';
import { sessionWhen } from '../../session-components/session-time';
import { FeedbackForm } from './feedback-form';
import { checkinCodeOf, useCheckin } from './use-checkin';
import './index.scss';

const open = (url: string) => void Taro.navigateTo({ url });

function CheckedIn({ checkin }: { checkin: Checkin }) {
  const { session } = checkin;
  return (
    <>
      <View className="section checkin__success" role="status">
        <Text className="checkin__mark">✓</Text>
        <Text className="checkin__success-title">签到成功</Text>
        <Text className="checkin__topic">{session.topic}</Text>
        <Text className="muted">
          {sessionWhen(session.startsAt, session.endsAt)} · {session.town}
          {session.village}
        </Text>
        <Button size="small" fill="none" onClick={() => open(lawRoutes.session(session.id))}>
          查看活动详情 ›
        </Button>
      </View>
      {session.quizTopic && (
        <View className="section checkin__quiz">
          <Text>学了就练：做一套“{session.quizTopic}”知识题，看看掌握了多少。</Text>
          <Button
            block
            type="primary"
            onClick={() =>
              open(`${quizRoutes.landing}?topic=${encodeURIComponent(session.quizTopic ?? '')}`)
            }
          >
            去答题
          </Button>
        </View>
      )}
      <FeedbackForm
        checkinId={checkin.id}
        feedbackToken={checkin.feedbackToken}
        given={checkin.feedbackGiven}
      />
    </>
  );
}

/** Where a session's QR lands: checks in, then the quiz and the feedback form. */
export default function CheckinPage() {
  const code = checkinCodeOf(useRouter().params);
  const { state, retry } = useCheckin(code);
  return (
    <PageShell className="checkin">
      {state.step === 'checking' && (
        <View className="section checkin__checking" aria-busy="true">
          正在签到…
        </View>
      )}
      {state.step === 'failed' && (
        <View className="section checkin__failed">
          <View className="checkin__failed-title" role="alert">
            {state.message}
          </View>
          {state.retry && (
            <Button block type="primary" onClick={retry}>
              重新签到
            </Button>
          )}
          <Button block fill="outline" onClick={() => open(lawRoutes.sessions)}>
            查看普法活动
          </Button>
        </View>
      )}
      {state.step === 'done' && <CheckedIn checkin={state.checkin} />}
    </PageShell>
  );
}
