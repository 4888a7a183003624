import { View, Text } from '@tarojs/components';
import { LiteTag as Tag } from '@/components/lite-tag';
import dayjs from 'dayjs';
import type { CampaignEvent } from '@api/region';
import './event-card.scss';

/** "还有 N 天" before the event, "今天" on the day, "已结束" after. */
export function countdownLabel(date: string, today = dayjs()): string {
  const days = dayjs(date).startOf('day').diff(today.startOf('day'), 'day');
  if (days > 0) return `还有 ${days} 天`;
  return days === 0 ? '就在今天' : '已结束';
}

export function EventCard({ event }: { event: CampaignEvent }) {
  return (
    <View className="section event-card">
      <View className="event-card__head">
        <Text className="section-title">{event.title}</Text>
        <Tag className="event-card__countdown" type="danger" plain>
          {countdownLabel(event.date)}
        </Tag>
      </View>
      <View className="event-card__meta">
        <Text>时间：{dayjs(event.date).format('YYYY年M月D日 dddd')}</Text>
        <Text>地点：{event.place}</Text>
      </View>
      <View className="event-card__schedule">
        {event.schedule.map((item) => (
          <View key={`${item.time}-${item.title}`} className="event-card__item">
            <Text className="event-card__time">{item.time}</Text>
            <View className="event-card__what">
              <Text>{item.title}</Text>
              {item.place && <Text className="muted">{item.place}</Text>}
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
