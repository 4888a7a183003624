import { Type, type Static } from '@sinclair/typebox';
import { PagedQuery, literals, Page } from './common';

/** What a message is about; one kind per source of messages. */
export const MESSAGE_KINDS = [
  'complaint-status',
  'tip-moderation',
  'advisory-review',
  'disclosure',
  'supervision',
  'report',
  /** 普法: a 法润乡村 session's reminder or cancellation; a 问答 card's review, to its author. */
  'law',
] as const;
export const MessageKind = literals(MESSAGE_KINDS);
export type MessageKind = Static<typeof MessageKind>;

/** 站内消息: one person's copy of one notice. */
export const Message = Type.Object({
  id: Type.String(),
  kind: MessageKind,
  title: Type.String(),
  body: Type.String(),
  /** The mini-program page it is about (e.g. a complaint's detail page with its id), or null. */
  link: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type Message = Static<typeof Message>;

export const MessageListQuery = PagedQuery({
  /** true: only the unread ones. */
  unread: Type.Optional(Type.Boolean()),
});
export type MessageListQuery = Static<typeof MessageListQuery>;

export const MessagePage = Page(Message);
export type MessagePage = Static<typeof MessagePage>;

export const UnreadCount = Type.Object({ count: Type.Integer({ minimum: 0 }) });
export type UnreadCount = Static<typeof UnreadCount>;

// ---- 第二十一条: telling both sides that mediation was terminated ---------------------------

export const NOTICE_SIDES = ['complainant', 'merchant'] as const;
export const NoticeSide = literals(NOTICE_SIDES);
export type NoticeSide = Static<typeof NoticeSide>;

/** in-app: delivered to the message centre of a registered party; the rest are recorded by staff. */
export const NOTICE_METHODS = ['in-app', 'phone', 'letter', 'on-site'] as const;
export const NoticeMethod = literals(NOTICE_METHODS);
export type NoticeMethod = Static<typeof NoticeMethod>;

/** The ways staff can record (in-app is recorded by the system when it delivers). */
export const StaffNoticeMethod = literals(['phone', 'letter', 'on-site'] as const);
export type StaffNoticeMethod = Static<typeof StaffNoticeMethod>;

export const NoticeSideState = Type.Object({
  side: NoticeSide,
  /** null: nobody has been told yet (as far as the app knows). */
  method: Type.Union([NoticeMethod, Type.Null()]),
  notifiedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  /** Not told by the deadline, or told after it. */
  overdue: Type.Boolean(),
});
export type NoticeSideState = Static<typeof NoticeSideState>;

export const TerminationNotices = Type.Object({
  /** false while the complaint is not terminated: nothing to tell yet. */
  applies: Type.Boolean(),
  terminatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  /** The last day (inclusive) both sides must have been told by. */
  dueOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  sides: Type.Array(NoticeSideState),
});
export type TerminationNotices = Static<typeof TerminationNotices>;

export const RecordNoticeBody = Type.Object({
  side: NoticeSide,
  method: StaffNoticeMethod,
  /** When the side was told (not in the future). */
  notifiedAt: Type.String({ format: 'date-time' }),
  note: Type.Optional(Type.String({ maxLength: 200 })),
});
export type RecordNoticeBody = Static<typeof RecordNoticeBody>;
