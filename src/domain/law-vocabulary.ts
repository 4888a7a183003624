/**
 * 普法 (issue 17): the law library, 问答 cards and 法润乡村 sessions as plain values shared by the
 * app and the server; types/api/law.ts builds its schemas from them, src/domain/law-citations.ts
 * finds citations in the app's texts with LAW_NAMES.
 */

/** How the library groups laws (效力级别). */
export const LAW_KINDS = ['法律', '行政法规', '部门规章', '地方性法规', '规范性文件'] as const;
export type LawKind = (typeof LAW_KINDS)[number];

/**
 * A law's key: lower-case letters, digits and '-' (also the page parameter). At most 27
 * characters, so an article's mini-program code fits WeChat's 32-character scene: `<key>.<no>`.
 */
export const LAW_KEY_PATTERN = '^[a-z][a-z0-9-]{2,26}$';

/** The scene of an article's mini-program code, and back (undefined when it is not one). */
export const articleScene = (law: string, no: number) => `${law}.${no}`;
export function sceneArticle(scene: string): { law: string; no: number } | undefined {
  const match = /^([a-z][a-z0-9-]{2,26})\.(\d{1,4})$/.exec(scene);
  return match ? { law: match[1], no: Number(match[2]) } : undefined;
}

/**
 * The laws that ship with the app (server/src/features/law/texts/<key>.md) and every name by
 * which the app's texts cite them. `names` hold the short forms a citation may use; the full
 * title (with 中华人民共和国) is matched too. Imported laws (a province's regulation) are found
 * by their title and short title in the database instead.
 */
export const BUILTIN_LAWS = [
  {
    key: 'consumer-protection',
    title: '中华人民共和国消费者权益保护法',
    short: '消费者权益保护法',
    names: ['消费者权益保护法', '消保法', '消法'],
  },
  {
    key: 'consumer-regulation',
    title: '中华人民共和国消费者权益保护法实施条例',
    short: '消费者权益保护法实施条例',
    names: ['消费者权益保护法实施条例', '消保法实施条例'],
  },
  {
    key: 'complaint-report-measures',
    title: '市场监督管理投诉举报处理暂行办法',
    short: '投诉举报处理暂行办法',
    names: ['市场监督管理投诉举报处理暂行办法', '投诉举报处理暂行办法'],
  },
  {
    key: 'food-safety',
    title: '中华人民共和国食品安全法',
    short: '食品安全法',
    names: ['食品安全法'],
  },
  {
    key: 'food-safety-regulation',
    title: '中华人民共和国食品安全法实施条例',
    short: '食品安全法实施条例',
    names: ['食品安全法实施条例'],
  },
  {
    key: 'product-quality',
    title: '中华人民共和国产品质量法',
    short: '产品质量法',
    names: ['产品质量法'],
  },
  {
    key: 'e-commerce',
    title: '中华人民共和国电子商务法',
    short: '电子商务法',
    names: ['电子商务法'],
  },
  { key: 'price', title: '中华人民共和国价格法', short: '价格法', names: ['价格法'] },
  {
    key: 'consumer-penalty-measures',
    title: '侵害消费者权益行为处罚办法',
    short: '侵害消费者权益行为处罚办法',
    names: ['侵害消费者权益行为处罚办法'],
  },
  {
    key: 'car-warranty',
    title: '家用汽车产品修理更换退货责任规定',
    short: '家用汽车三包规定',
    names: ['家用汽车产品修理更换退货责任规定', '家用汽车三包规定'],
  },
  {
    key: 'goods-warranty',
    title: '部分商品修理更换退货责任规定',
    short: '部分商品三包规定',
    names: ['部分商品修理更换退货责任规定'],
  },
  {
    key: 'personal-information',
    title: '中华人民共和国个人信息保护法',
    short: '个人信息保护法',
    names: ['个人信息保护法'],
  },
  {
    key: 'penalty-procedure',
    title: '市场监督管理行政处罚程序规定',
    short: '行政处罚程序规定',
    names: ['市场监督管理行政处罚程序规定', '行政处罚程序规定'],
  },
  {
    key: 'holidays',
    title: '全国年节及纪念日放假办法',
    short: '全国年节及纪念日放假办法',
    names: ['全国年节及纪念日放假办法'],
  },
] as const;
export type BuiltinLawKey = (typeof BUILTIN_LAWS)[number]['key'];

/** 国家法律法规数据库: where a 摘录 says the whole text can be read. */
export const NATIONAL_LAW_DATABASE = 'https://flk.npc.gov.cn/';

/** 问答 card topics (the list, then the app's other common questions). */
export const QA_TOPICS = [
  '假货赔偿',
  '三包',
  '预付卡',
  '七天无理由',
  '网购',
  '食品',
  '医美',
  '老年人保健品',
  '格式条款',
  '个人信息',
  '价格',
  '汽车',
  '投诉举报',
] as const;
export type QaTopic = (typeof QA_TOPICS)[number];

/**
 * 问答 cards follow the staff-content rules (ARCHITECTURE.md): draft → submitted → published by
 * another staff member → unpublished with a reason; every published version kept. The cards that
 * ship with the app enter as submitted, written by 系统预置 (no author), so any staff member may
 * publish them after reading.
 */
export const QA_STATUSES = ['draft', 'submitted', 'published', 'unpublished'] as const;
export type QaStatus = (typeof QA_STATUSES)[number];
export const QA_STATUS_LABELS = {
  draft: '草稿',
  submitted: '待审核',
  published: '已发布',
  unpublished: '已撤下',
} as const satisfies Record<QaStatus, string>;

/**
 * 法润乡村 sessions: draft → published (listed; upcoming or past by its times) → cancelled with a
 * reason (kept on its page, and everyone who set a reminder is told). One staff member may publish.
 */
export const SESSION_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SESSION_STATUS_LABELS = {
  draft: '草稿',
  published: '已发布',
  cancelled: '已取消',
} as const satisfies Record<SessionStatus, string>;

/** After a session, attendees say whether it helped. */
export const SESSION_USEFUL = ['yes', 'some', 'no'] as const;
export type SessionUseful = (typeof SESSION_USEFUL)[number];
export const SESSION_USEFUL_LABELS = {
  yes: '很有用',
  some: '有些用',
  no: '没什么用',
} as const satisfies Record<SessionUseful, string>;

/** The check-in code a session's QR carries (8 characters, no look-alikes). */
export const CHECKIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CHECKIN_CODE_PATTERN = '^[A-HJKMNP-Z2-9]{8}$';

export const LAW_LIMITS = {
  /** Search text: 1 or more characters, as the merchant search. */
  query: { min: 1, max: 40 },
  /** Results per search (articles; 问答 cards come beside them, at most 10). */
  searchResults: 30,
  qa: {
    question: { min: 6, max: 60 },
    /** Plain text; the app's own explanation, never an article's wording. */
    answer: { min: 20, max: 1200 },
    citations: { min: 1, max: 8 },
  },
  session: {
    topic: { min: 4, max: 40 },
    village: { min: 2, max: 30 },
    place: { min: 2, max: 80 },
    speakerUnit: { min: 2, max: 60 },
    description: { max: 500 },
    /** A session lasts at most this long. */
    maxHours: 12,
  },
  feedback: { text: { max: 300 }, topics: 5 },
  /** An imported law file (Markdown, as the texts that ship). */
  importBytes: 600_000,
  importTitle: { min: 4, max: 60 },
  /** Every article's text. */
  articleText: { max: 6000 },
} as const;

/** Reminders go out the day before (Asia/Shanghai), from this hour. */
export const SESSION_REMINDER_HOUR = 9;
