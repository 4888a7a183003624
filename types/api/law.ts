import { Type, type Static } from '@sinclair/typebox';
import {
  CHECKIN_CODE_PATTERN,
  LAW_KEY_PATTERN,
  LAW_KINDS,
  LAW_LIMITS as LIMITS,
  QA_STATUSES,
  QA_TOPICS,
  SESSION_STATUSES,
  SESSION_USEFUL,
} from '../../src/domain/law-vocabulary';
import { StaffName } from './advisories';
import { literals, Page, PagedQuery, Reason } from './common';

const text = (limit: { min: number; max: number }) =>
  Type.String({ minLength: limit.min, maxLength: limit.max });

export const LawKind = literals(LAW_KINDS);
export type LawKind = Static<typeof LawKind>;
export const LawKey = Type.String({ pattern: LAW_KEY_PATTERN });

/** One article of one law: the page parameter pair (?law=consumer-protection&no=25). */
export const ArticleRef = Type.Object({
  law: LawKey,
  no: Type.Integer({ minimum: 1, maximum: 9999 }),
});
export type ArticleRef = Static<typeof ArticleRef>;

/** Where the words of a law (or of one article) were checked. */
export const LawSource = Type.Object({
  name: Type.String(),
  url: Type.String(),
});
export type LawSource = Static<typeof LawSource>;

/** A law in the library list. */
export const LawSummary = Type.Object({
  key: LawKey,
  title: Type.String(),
  /** How the app's texts usually name it (消费者权益保护法). */
  shortTitle: Type.String(),
  kind: LawKind,
  /** The date of the version shown (公布/修正), YYYY-MM-DD. */
  versionDate: Type.String({ format: 'date' }),
  /** false: 摘录 — only some articles; the screen says so and links fullTextUrl. */
  complete: Type.Boolean(),
  /** 国家法律法规数据库 (or the province's) address of the whole text. */
  fullTextUrl: Type.String(),
  source: LawSource,
  articleCount: Type.Integer(),
  /** builtin: ships with the app; imported: a county's file (the provincial regulation). */
  origin: literals(['builtin', 'imported'] as const),
  /** Changes whenever any word changes (hash of the text): the offline copy's version. */
  revision: Type.String(),
});
export type LawSummary = Static<typeof LawSummary>;

export const LawList = Type.Object({ items: Type.Array(LawSummary) });
export type LawList = Static<typeof LawList>;

/** One article as the library shows it: the official words, paragraphs split by '\n'. */
export const LawArticle = Type.Object({
  no: Type.Integer(),
  /** 第二十五条 (as the text numbers it). */
  label: Type.String(),
  text: Type.String(),
  /** 节选: the reference copy leaves part of this article out (marked ……). */
  partial: Type.Boolean(),
  /** Set when this article was checked against another source than the law's. */
  source: Type.Optional(LawSource),
});
export type LawArticle = Static<typeof LawArticle>;

/** GET /law/laws/{key}: the whole law, for browsing and the offline copy. */
export const LawText = Type.Composite([
  LawSummary,
  Type.Object({
    /** The lines before the first chapter (通过、修正 dates). */
    preamble: Type.Array(Type.String()),
    chapters: Type.Array(
      Type.Object({
        /** 第一章 总则; '' for a law without chapters. */
        title: Type.String(),
        articles: Type.Array(LawArticle),
      }),
    ),
  }),
]);
export type LawText = Static<typeof LawText>;

/** Where the app rests on an article: a feature's rule or screen, or published content. */
export const AppUse = Type.Object({
  /** 投诉处理, 识假辨假答题, 线下无理由退货承诺, 消费提示: 《春节消费提示》, 问答: 买到假货怎么赔? … */
  label: Type.String(),
  /** The page to open for it, when there is one. */
  path: Type.Optional(Type.String()),
});
export type AppUse = Static<typeof AppUse>;

/** GET /law/articles/{law}/{no}. */
export const ArticleDetail = Type.Object({
  law: LawSummary,
  chapter: Type.String(),
  article: LawArticle,
  /** The neighbours in the library, for 上一条/下一条. */
  previous: Type.Optional(Type.Integer()),
  next: Type.Optional(Type.Integer()),
  usedBy: Type.Array(AppUse),
});
export type ArticleDetail = Static<typeof ArticleDetail>;
export const ArticleParams = Type.Object({
  law: LawKey,
  no: Type.Integer({ minimum: 1, maximum: 9999 }),
});
export type ArticleParams = Static<typeof ArticleParams>;

/** GET /law/search?q=: articles by their words or number (25, 二十五, 第二十五条), and 问答 cards. */
export const LawSearchQuery = Type.Object({
  q: text(LIMITS.query),
  /** Only this law. */
  law: Type.Optional(LawKey),
});
export type LawSearchQuery = Static<typeof LawSearchQuery>;

export const ArticleHit = Type.Object({
  law: LawKey,
  lawTitle: Type.String(),
  no: Type.Integer(),
  label: Type.String(),
  /** Up to ~80 characters around the first match (the whole start for a number match). */
  snippet: Type.String(),
});
export type ArticleHit = Static<typeof ArticleHit>;

export const LawSearchResult = Type.Object({
  articles: Type.Array(ArticleHit),
  /** More articles matched than shown. */
  more: Type.Boolean(),
  qa: Type.Array(Type.Object({ id: Type.String(), question: Type.String(), topic: Type.String() })),
});
export type LawSearchResult = Static<typeof LawSearchResult>;

/**
 * POST /law/imports (staff) and `npm run admin -- law-import`: a law file in the format of the
 * texts that ship (# title, optional ## 第X章 headings, articles starting 第X条). A built-in key
 * cannot be replaced (409); the same key again replaces an imported law (new revision).
 */
export const LawImportBody = Type.Object({
  key: LawKey,
  kind: LawKind,
  /** The short name citations use (福建省消费者权益保护条例). */
  shortTitle: text(LIMITS.importTitle),
  versionDate: Type.String({ format: 'date' }),
  complete: Type.Boolean(),
  source: Type.Object({
    name: Type.String({ minLength: 2, maxLength: 60 }),
    url: Type.String({ format: 'uri', maxLength: 300 }),
  }),
  fullTextUrl: Type.String({ format: 'uri', maxLength: 300 }),
  markdown: Type.String({ minLength: 20, maxLength: LIMITS.importBytes }),
});
export type LawImportBody = Static<typeof LawImportBody>;

// ———————————————————————————— 问答 cards ————————————————————————————

export const QaTopic = literals(QA_TOPICS);
export type QaTopic = Static<typeof QaTopic>;
export const QaStatus = literals(QA_STATUSES);
export type QaStatus = Static<typeof QaStatus>;

/** What staff write. Every citation must name an article in the library (400 otherwise). */
export const QaContent = Type.Object({
  topic: QaTopic,
  question: text(LIMITS.qa.question),
  /** Plain text, paragraphs split by '\n'; the app's own words, never an article's. */
  answer: text(LIMITS.qa.answer),
  citations: Type.Array(ArticleRef, {
    minItems: LIMITS.qa.citations.min,
    maxItems: LIMITS.qa.citations.max,
  }),
});
export type QaContent = Static<typeof QaContent>;

/** A published card, as consumers read it; citations carry their labels. */
export const QaCard = Type.Object({
  id: Type.String(),
  topic: QaTopic,
  question: Type.String(),
  answer: Type.String(),
  citations: Type.Array(
    Type.Composite([ArticleRef, Type.Object({ lawTitle: Type.String(), label: Type.String() })]),
  ),
  publishedAt: Type.String({ format: 'date-time' }),
  version: Type.Integer(),
});
export type QaCard = Static<typeof QaCard>;

export const QaListQuery = PagedQuery({ topic: Type.Optional(QaTopic) });
export type QaListQuery = Static<typeof QaListQuery>;
export const QaList = Page(QaCard);
export type QaList = Static<typeof QaList>;

/** What staff see of a card in any status (as StaffAdvisory; authorName 系统预置 for the shipped ones). */
export const StaffQa = Type.Object({
  id: Type.String(),
  status: QaStatus,
  version: Type.Integer(),
  content: QaContent,
  authorId: Type.Optional(Type.String()),
  authorName: StaffName,
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  submittedAt: Type.Optional(Type.String({ format: 'date-time' })),
  publishedAt: Type.Optional(Type.String({ format: 'date-time' })),
  publishedByName: Type.Optional(StaffName),
  unpublishedReason: Type.Optional(Type.String()),
  returnedReason: Type.Optional(Type.String()),
  /** A pending new version of a published card (the published one stays public meanwhile). */
  revision: Type.Optional(
    Type.Object({
      status: literals(['draft', 'submitted'] as const),
      content: QaContent,
      /** Who wrote the new version (the review page hides 发布 from them). */
      authorId: Type.Optional(Type.String()),
      authorName: StaffName,
      updatedAt: Type.String({ format: 'date-time' }),
      /** Why a reviewer sent this version back (until it is submitted again). */
      returnedReason: Type.Optional(Type.String()),
    }),
  ),
});
export type StaffQa = Static<typeof StaffQa>;

export const StaffQaQuery = PagedQuery({
  status: Type.Optional(QaStatus),
  topic: Type.Optional(QaTopic),
});
export type StaffQaQuery = Static<typeof StaffQaQuery>;
export const StaffQaList = Page(StaffQa);
export type StaffQaList = Static<typeof StaffQaList>;

export const QaCreated = Type.Object({ id: Type.String(), status: QaStatus });
export type QaCreated = Static<typeof QaCreated>;

/** As advisories: submit (author) · return with reason · publish (not the author) · unpublish with reason. */
export const QaTransitionBody = Type.Object({
  action: literals(['submit', 'return', 'publish', 'unpublish'] as const),
  reason: Type.Optional(Reason),
});
export type QaTransitionBody = Static<typeof QaTransitionBody>;

// ———————————————————————————— 法润乡村 sessions ————————————————————————————

export const SessionStatus = literals(SESSION_STATUSES);
export type SessionStatus = Static<typeof SessionStatus>;
export const SessionUseful = literals(SESSION_USEFUL);
export type SessionUseful = Static<typeof SessionUseful>;

export const MapPoint = Type.Object({
  latitude: Type.Number({ minimum: -90, maximum: 90 }),
  longitude: Type.Number({ minimum: -180, maximum: 180 }),
});
export type MapPoint = Static<typeof MapPoint>;

/** What staff write: town from the profile, 村/社区, place, times (endsAt after startsAt, ≤ maxHours). */
export const SessionContent = Type.Object({
  topic: text(LIMITS.session.topic),
  town: Type.String({ minLength: 1, maxLength: 20 }),
  village: text(LIMITS.session.village),
  place: text(LIMITS.session.place),
  location: Type.Optional(MapPoint),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  speakerUnit: text(LIMITS.session.speakerUnit),
  /** A quiz bank topic attendees are offered after checking in. */
  quizTopic: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
  description: Type.Optional(Type.String({ maxLength: LIMITS.session.description.max })),
});
export type SessionContent = Static<typeof SessionContent>;

/** A published session as consumers see it. */
export const SessionCard = Type.Composite([
  Type.Object({
    id: Type.String(),
    status: SessionStatus,
    /** upcoming (not yet ended) or past, by its times. */
    past: Type.Boolean(),
    /** Kilometres from the point the caller gave (near=), when it gave one and there is a place. */
    distanceKm: Type.Optional(Type.Number()),
    cancelledReason: Type.Optional(Type.String()),
  }),
  SessionContent,
]);
export type SessionCard = Static<typeof SessionCard>;

/** GET /law/sessions: upcoming by start time, or nearest first when near= is given; past=true: the past ones, newest first. */
export const SessionListQuery = PagedQuery({
  past: Type.Optional(Type.Boolean()),
  /** 'latitude,longitude' of the caller (never stored). */
  near: Type.Optional(Type.String({ pattern: '^-?\\d{1,2}(\\.\\d+)?,-?\\d{1,3}(\\.\\d+)?$' })),
  town: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
});
export type SessionListQuery = Static<typeof SessionListQuery>;
export const SessionList = Page(SessionCard);
export type SessionList = Static<typeof SessionList>;

export const SessionDetail = Type.Composite([
  SessionCard,
  Type.Object({
    /** Whether the signed-in caller asked to be reminded. */
    reminded: Type.Boolean(),
  }),
]);
export type SessionDetail = Static<typeof SessionDetail>;

/** PUT /law/sessions/{id}/reminder (signed in): remind me the day before (message centre, and a subscribe message when subscribed). */
export const ReminderBody = Type.Object({ subscribed: Type.Boolean() });
export type ReminderBody = Static<typeof ReminderBody>;
export const ReminderState = Type.Object({
  reminded: Type.Boolean(),
  /** The day the reminder goes out (YYYY-MM-DD, Asia/Shanghai). */
  remindOn: Type.Optional(Type.String({ format: 'date' })),
});
export type ReminderState = Static<typeof ReminderState>;

export const MyReminders = Type.Object({ items: Type.Array(SessionCard) });
export type MyReminders = Static<typeof MyReminders>;

/**
 * POST /law/checkins: the session QR's code (signed in or not). One attendance per account, or
 * per device (deviceId: a random id the app keeps) when not signed in; scanning again answers the
 * same check-in.
 */
export const CheckinBody = Type.Object({
  code: Type.String({ pattern: CHECKIN_CODE_PATTERN }),
  deviceId: Type.String({ minLength: 16, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }),
});
export type CheckinBody = Static<typeof CheckinBody>;
export const Checkin = Type.Object({
  id: Type.String(),
  /** Proves the feedback comes from this check-in (not stored in plain). */
  feedbackToken: Type.String(),
  session: SessionCard,
  feedbackGiven: Type.Boolean(),
});
export type Checkin = Static<typeof Checkin>;

/** POST /law/feedback: once per check-in. */
export const FeedbackBody = Type.Object({
  checkinId: Type.String({ minLength: 1, maxLength: 40 }),
  feedbackToken: Type.String({ minLength: 16, maxLength: 80 }),
  useful: SessionUseful,
  /** What else to cover next time (问答 topics). */
  wantTopics: Type.Array(QaTopic, { maxItems: LIMITS.feedback.topics, uniqueItems: true }),
  text: Type.Optional(Type.String({ maxLength: LIMITS.feedback.text.max })),
});
export type FeedbackBody = Static<typeof FeedbackBody>;

/** What staff see: any status, with the check-in code for the printed QR. */
export const StaffSession = Type.Composite([
  SessionCard,
  Type.Object({
    checkinCode: Type.String(),
    attendees: Type.Integer(),
    reminders: Type.Integer(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  }),
]);
export type StaffSession = Static<typeof StaffSession>;
export const StaffSessionQuery = PagedQuery({ status: Type.Optional(SessionStatus) });
export type StaffSessionQuery = Static<typeof StaffSessionQuery>;
export const StaffSessionList = Page(StaffSession);
export type StaffSessionList = Static<typeof StaffSessionList>;
export const SessionCreated = Type.Object({ id: Type.String(), status: SessionStatus });
export type SessionCreated = Static<typeof SessionCreated>;
export const SessionTransitionBody = Type.Object({
  action: literals(['publish', 'cancel'] as const),
  reason: Type.Optional(Reason),
});
export type SessionTransitionBody = Static<typeof SessionTransitionBody>;

const FeedbackFigures = {
  attendees: Type.Integer(),
  feedback: Type.Integer(),
  useful: Type.Object({ yes: Type.Integer(), some: Type.Integer(), no: Type.Integer() }),
  /** The topics attendees asked for, most asked first. */
  wantTopics: Type.Array(Type.Object({ topic: QaTopic, count: Type.Integer() })),
};

/** GET /law/sessions/stats (staff): attendance by QR check-ins and feedback, per session and per town. */
export const SessionStats = Type.Object({
  sessions: Type.Array(
    Type.Object({
      id: Type.String(),
      topic: Type.String(),
      town: Type.String(),
      village: Type.String(),
      startsAt: Type.String({ format: 'date-time' }),
      ...FeedbackFigures,
    }),
  ),
  towns: Type.Array(
    Type.Object({ town: Type.String(), sessions: Type.Integer(), ...FeedbackFigures }),
  ),
});
export type SessionStats = Static<typeof SessionStats>;

/** GET /law/sessions/{id}/feedback (staff): what attendees wrote, newest first. */
export const SessionFeedbackList = Page(
  Type.Object({
    useful: SessionUseful,
    wantTopics: Type.Array(QaTopic),
    text: Type.Optional(Type.String()),
    createdAt: Type.String({ format: 'date-time' }),
  }),
);
export type SessionFeedbackList = Static<typeof SessionFeedbackList>;
