import type { Message, MessageListQuery, MessagePage, UnreadCount } from '@api/messages';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { request } from '@/services/request';

dayjs.extend(utc);

/** 站内消息, one function per route. */
export const messagesApi = {
  list: (query: MessageListQuery) =>
    request<MessagePage>('/messages', { query: { ...query }, toast: false }),
  unreadCount: () => request<UnreadCount>('/messages/unread-count', { toast: false }),
  read: (id: string) =>
    request<Message>(`/messages/${encodeURIComponent(id)}/read`, { method: 'POST', data: {} }),
  // The server refuses an empty JSON body: these POSTs send an empty object.
  readAll: () => request<UnreadCount>('/messages/read-all', { method: 'POST', data: {} }),
};

export const MESSAGES_URL = '/features/messages/pages/index/index';

/** An instant as Asia/Shanghai wall time. */
export const formatTime = (iso: string) => dayjs(iso).utcOffset(480).format('YYYY-MM-DD HH:mm');
