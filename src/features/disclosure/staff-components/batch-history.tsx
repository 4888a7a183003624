import { View, Text } from '@tarojs/components';
import dayjs from 'dayjs';
import type { BatchEvent } from '@api/disclosure';
import './staff-disclosure.scss';

/** 操作记录: every audited step of the batch (the server names each step in words). */
export function BatchHistory({ events }: { events: BatchEvent[] }) {
  if (events.length === 0) return <Text className="muted">还没有操作记录</Text>;
  return (
    <View className="batch-history" aria-label="操作记录">
      {events.map((event, index) => (
        <View key={index} className="batch-history__step">
          <Text className="batch-history__label">
            {event.actorName} {event.action}
          </Text>
          {event.detail && <Text>{event.detail}</Text>}
          <Text className="muted">{dayjs(event.at).format('YYYY年M月D日 HH:mm')}</Text>
        </View>
      ))}
    </View>
  );
}
