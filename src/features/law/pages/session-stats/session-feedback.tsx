import { useCallback, useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import type { SessionFeedbackList } from '@api/law';
import { SESSION_USEFUL_LABELS } from '@/domain/law-vocabulary';
import { MoreRow } from '@/components/more-row';
import type { ApiError } from '@/services/request';
import { sessionsStaffApi } from '../../staff-sessions-api';

type Item = SessionFeedbackList['items'][number];

/** What one session's attendees wrote, newest first, a page at a time. */
export function SessionFeedback({ sessionId }: { sessionId: string }) {
  const [items, setItems] = useState<Item[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError>();

  const load = useCallback(
    async (after?: string) => {
      setLoading(true);
      setError(undefined);
      try {
        const page = await sessionsStaffApi.feedback(sessionId, after);
        setItems((previous) => (after ? [...previous, ...page.items] : page.items));
        setCursor(page.nextCursor);
      } catch (caught) {
        setError(caught as ApiError);
      } finally {
        setLoading(false);
      }
    },
    [sessionId],
  );

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <View className="session-stats__feedback" aria-label="反馈内容">
      {!loading && !error && items.length === 0 && <Text className="muted">还没有反馈</Text>}
      {items.map((item, index) => (
        <View key={`${item.createdAt}-${index}`} className="session-stats__feedback-item">
          <View className="session-stats__feedback-head">
            <Text className={`session-stats__useful is-${item.useful}`}>
              {SESSION_USEFUL_LABELS[item.useful]}
            </Text>
            <Text className="muted">{dayjs(item.createdAt).format('M月D日 HH:mm')}</Text>
          </View>
          {item.wantTopics.length > 0 && (
            <Text className="muted">还想了解：{item.wantTopics.join('、')}</Text>
          )}
          {item.text && <Text className="session-stats__feedback-text">{item.text}</Text>}
        </View>
      ))}
      {(items.length > 0 || loading || error) && (
        <MoreRow
          loading={loading}
          error={error}
          hasMore={cursor !== null}
          loadMore={() => cursor && void load(cursor)}
          retry={() => void load(cursor ?? undefined)}
        />
      )}
    </View>
  );
}
