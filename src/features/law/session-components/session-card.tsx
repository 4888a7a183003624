import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { SessionCard as Card } from '@api/law';
import { lawRoutes } from '../routes';
import { distanceInWords, sessionWhen } from './session-time';
import './session-card.scss';

interface SessionCardProps {
  session: Card;
  /** The caller asked to be reminded of it. */
  reminded?: boolean;
}

/** One 法润乡村 session in a list: when, where, what, who speaks; tap for the whole of it. */
export function SessionCard({ session, reminded }: SessionCardProps) {
  const cancelled = session.status === 'cancelled';
  return (
    <View
      className={`section session-card tap-target ${cancelled || session.past ? 'is-over' : ''}`}
      role="link"
      aria-label={session.topic}
      onClick={() => void Taro.navigateTo({ url: lawRoutes.session(session.id) })}
    >
      <View className="session-card__when">
        <Text className="session-card__time">{sessionWhen(session.startsAt, session.endsAt)}</Text>
        {cancelled && <Tag type="danger">已取消</Tag>}
        {!cancelled && session.past && <Tag>已结束</Tag>}
        {reminded && !cancelled && (
          <Tag type="success" plain>
            已提醒
          </Tag>
        )}
      </View>
      <Text className="session-card__topic">{session.topic}</Text>
      <Text className="session-card__line">
        {session.town} · {session.village}
      </Text>
      <View className="session-card__meta muted">
        <Text>{session.place}</Text>
        {session.distanceKm !== undefined && (
          <Text className="session-card__distance">
            距您约{distanceInWords(session.distanceKm)}
          </Text>
        )}
      </View>
      <Text className="muted">主讲：{session.speakerUnit}</Text>
    </View>
  );
}
