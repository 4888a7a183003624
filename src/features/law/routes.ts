const q = encodeURIComponent;

/** The 普法 pages (Taro page paths). */
export const lawRoutes = {
  /** 普法: search, the laws, 问答 by topic, the next 法润乡村 sessions. */
  home: '/features/law/pages/index/index',
  /** One law: its chapters and articles (readable offline once opened). */
  law: (key: string) => `/features/law/pages/law/index?law=${q(key)}`,
  /** One article: its words, 复制, share (card and poster), where the app uses it. */
  article: (law: string, no: number) => `/features/law/pages/article/index?law=${q(law)}&no=${no}`,
  /** An article's share poster. */
  poster: (law: string, no: number) => `/features/law/pages/poster/index?law=${q(law)}&no=${no}`,
  /** 问答 cards, all or one topic; and one card. */
  qa: (topic?: string) => `/features/law/pages/qa/index${topic ? `?topic=${q(topic)}` : ''}`,
  qaDetail: (id: string) => `/features/law/pages/qa-detail/index?id=${q(id)}`,
  /** 法润乡村: upcoming sessions (nearest first with the caller's location); one session. */
  sessions: '/features/law/pages/sessions/index',
  session: (id: string) => `/features/law/pages/session/index?id=${q(id)}`,
  /** Where a session's QR lands (?c=<checkin code>; on weapp the scene c=<code>). */
  checkin: (code: string) => `/features/law/pages/checkin/index?c=${q(code)}`,
  // Staff: 问答 cards by status, write one, review one; sessions, write one, attendance and
  // feedback; import a provincial regulation.
  qaManage: '/features/law/pages/qa-manage/index',
  qaCreate: '/features/law/pages/qa-edit/index',
  qaEdit: (id: string) => `/features/law/pages/qa-edit/index?id=${q(id)}`,
  qaReview: (id: string) => `/features/law/pages/qa-review/index?id=${q(id)}`,
  sessionsManage: '/features/law/pages/sessions-manage/index',
  sessionCreate: '/features/law/pages/session-edit/index',
  sessionEdit: (id: string) => `/features/law/pages/session-edit/index?id=${q(id)}`,
  sessionStats: '/features/law/pages/session-stats/index',
  import: '/features/law/pages/import/index',
};
