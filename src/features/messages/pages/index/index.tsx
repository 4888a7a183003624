import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { EmptyState } from '@/components/empty-state';
import type { Message } from '@api/messages';
import { PagedListView } from '@/components/paged-list-view';
import { usePagedList } from '@/hooks/use-paged-list';
import { useBusy } from '@/hooks/use-busy';
import { gatedPage } from '@/components/access-gate';
import { formatTime, messagesApi } from '../../api';
import './index.scss';

function MessageItem({ message, onOpen }: { message: Message; onOpen: (m: Message) => void }) {
  const unread = message.readAt === null;
  return (
    <View
      className={`section tap-target messages__item${unread ? '' : ' messages__item--read'}`}
      role="button"
      aria-label={`${unread ? '未读' : '已读'}消息 ${message.title}`}
      onClick={() => onOpen(message)}
    >
      <View className="messages__head">
        <Text className="messages__title">{message.title}</Text>
        {unread && <View className="messages__dot" aria-hidden />}
      </View>
      <Text className="messages__body">{message.body}</Text>
      <Text className="muted">{formatTime(message.createdAt)}</Text>
    </View>
  );
}

function Messages() {
  const list = usePagedList((cursor) => messagesApi.list({ cursor }), { reloadOnShow: true });
  // Read marks set here, so the list need not reload to show them.
  const [readNow, setReadNow] = useState<Record<string, string>>({});
  const { busy, whileBusy } = useBusy();
  const items = list.items?.map((m) => (readNow[m.id] ? { ...m, readAt: readNow[m.id] } : m));
  const anyUnread = items?.some((m) => m.readAt === null) ?? false;

  const open = (message: Message) => {
    if (message.readAt === null) {
      setReadNow((marks) => ({ ...marks, [message.id]: new Date().toISOString() }));
      messagesApi.read(message.id).catch(() => undefined);
    }
    if (message.link) void Taro.navigateTo({ url: message.link });
  };

  // request() has told the user why it failed.
  const readAll = () =>
    whileBusy(async () => {
      await messagesApi.readAll();
      const at = new Date().toISOString();
      setReadNow(Object.fromEntries((items ?? []).map((m) => [m.id, m.readAt ?? at])));
      void Taro.showToast({ title: '已全部标为已读', icon: 'success' });
    }).catch(() => undefined);

  return (
    <PagedListView
      list={{ ...list, items }}
      empty={
        <View className="messages__empty">
          <EmptyState title="暂无消息" description="投诉受理、调解、办结等进展会通知到这里" />
        </View>
      }
      header={
        <View className="messages__bar">
          <Text className="muted">点按消息查看详情</Text>
          <Button
            size="small"
            fill="outline"
            disabled={!anyUnread}
            loading={busy}
            onClick={() => void readAll()}
          >
            全部已读
          </Button>
        </View>
      }
    >
      {(shown) => shown.map((m) => <MessageItem key={m.id} message={m} onOpen={open} />)}
    </PagedListView>
  );
}

/** 消息: status changes of one's complaints (and of complaints about one's business). */
export default gatedPage(
  'messages',
  { signInReason: '登录后可查看投诉办理进展等消息。' },
  Messages,
);
