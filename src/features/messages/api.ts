import type { Message, MessageListQuery, MessagePage, UnreadCount } from '@api/messages';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { itemPath, load, post } from '@/services/api-calls';

dayjs.extend(utc);

/** 站内消息, one function per route. */
export const messagesApi = {
  list: (query: MessageListQuery) => load<MessagePage>('/messages', query),
  unreadCount: () => load<UnreadCount>('/messages/unread-count'),
  // The server refuses an empty JSON body: these POSTs send an empty object.
  read: (id: string) => post<Message>(itemPath('/messages', id, '/read'), {}),
  readAll: () => post<UnreadCount>('/messages/read-all', {}),
};

/** An instant as Asia/Shanghai wall time. */
export const formatTime = (iso: string) => dayjs(iso).utcOffset(480).format('YYYY-MM-DD HH:mm');
