/**
 * 举报 (issue 16) as plain values shared by the app and the server; types/api/reports.ts builds
 * its schemas from them. A complaint (投诉) asks the bureau to settle a dispute; a report (举报)
 * tells it of a violation and may be anonymous. Both in one submission are handled separately
 * (投诉举报处理暂行办法 第七条).
 *
 * Legal footing (articles by number; texts in ../shared/reference/laws/full/):
 * - 投诉举报处理暂行办法 第二十五至三十条 (who handles a report), 第三十一条 (handled under the
 *   administrative-penalty procedure; a real-name reporter is told within 5 working days of the
 *   decision whether a case is opened), 第三十二条 (results told where a rule requires it),
 *   第三十三条 (the reporter's identity and the handling are kept from the business reported and
 *   from anyone not handling it).
 * - 市场监督管理行政处罚程序规定 第十八条 (check a lead within 15 working days of receipt and decide
 *   whether to open a case; extendable once by 15 working days with approval; testing and
 *   inspection time not counted), 第十九条 (when a case is opened), 第二十条 (when it may not be).
 *   The 2022 投诉举报处理暂行办法 refers to it; ../shared/reference/laws/ lacks it. Source checked:
 *   第十四师市场监督管理局《立案依据》, https://www.btdsss.gov.cn/c/2025-05-14/912884.shtml
 *   (quotes 第十八条至第二十条 of 市场监督管理行政处罚程序规定).
 */

/**
 * received (待核查) → case-opened (已立案) → concluded (已办结), or not-opened (不予立案),
 * transferred (已移送: outside the bureau's remit, 第二十九条), merged (已合并: a duplicate of
 * another report, handled with it).
 */
export const REPORT_STATUSES = [
  'received',
  'case-opened',
  'not-opened',
  'transferred',
  'merged',
  'concluded',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS = {
  received: '待核查',
  'case-opened': '已立案',
  'not-opened': '不予立案',
  transferred: '已移送',
  merged: '已合并处理',
  concluded: '已办结',
} as const satisfies Record<ReportStatus, string>;

/** Statuses a decision has been made in (the reporter is told of it). */
export const DECIDED_REPORT_STATUSES = ['case-opened', 'not-opened', 'transferred'] as const;

export const REPORTER_KINDS = ['real-name', 'anonymous'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];
export const REPORTER_KIND_LABELS = {
  'real-name': '实名举报',
  anonymous: '匿名举报',
} as const satisfies Record<ReporterKind, string>;

/**
 * Staff's steps. extend: once, with a reason, while received; open-case / decline / transfer:
 * the decision, while received; merge: into another report of the same business, while received;
 * conclude: the outcome of an opened case; mark-malicious: at any time, with a reason (kept apart
 * from the decision; the reporter is not told).
 */
export const REPORT_ACTIONS = [
  'extend',
  'open-case',
  'decline',
  'transfer',
  'merge',
  'conclude',
  'mark-malicious',
] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export const REPORT_ACTION_LABELS = {
  extend: '延长核查期限',
  'open-case': '立案',
  decline: '不予立案',
  transfer: '移送',
  merge: '合并重复举报',
  conclude: '办结',
  'mark-malicious': '标记恶意举报',
} as const satisfies Record<ReportAction, string>;

/**
 * Why no case is opened: 第十九条 not met (no evidence, no penalty due, out of time) or one of
 * 第二十条(一)–(四) (市场监督管理行政处罚程序规定; the app's short labels, the article numbers
 * say where the rule is).
 */
export const DECLINE_REASONS = {
  'no-evidence': '现有证据不能初步证明存在违法行为（行政处罚程序规定第十九条第一项）',
  'no-penalty': '依法不应给予行政处罚（行政处罚程序规定第十九条第二项）',
  'out-of-time': '已超过给予行政处罚的法定期限（行政处罚程序规定第十九条第四项）',
  'minor-corrected': '违法行为轻微并及时改正，没有造成危害后果（行政处罚程序规定第二十条第一项）',
  'first-minor': '初次违法且危害后果轻微并及时改正（行政处罚程序规定第二十条第二项）',
  'no-fault': '当事人有证据足以证明没有主观过错（行政处罚程序规定第二十条第三项）',
  other: '依法可以不予立案的其他情形（行政处罚程序规定第二十条第四项）',
} as const;
export type DeclineReason = keyof typeof DECLINE_REASONS;

/** The statutory periods, in working days (holiday-aware, the complaints' calendar). */
export const REPORT_DEADLINES = {
  /** 行政处罚程序规定 第十八条: check and decide whether to open a case. */
  decideWorkingDays: 15,
  /** 第十八条: once, with approval. */
  extensionWorkingDays: 15,
  /** 投诉举报处理暂行办法 第三十一条第二款: tell a real-name reporter after the decision. */
  tellReporterWorkingDays: 5,
} as const;

/**
 * Abuse limits; the county may lower them (profile `reports`). Per IP per hour on the filing and
 * photo routes, per signed-in user per day, and the progress check per IP per minute.
 */
export const REPORT_RATE_DEFAULTS = {
  reportsPerIpPerHour: 10,
  photosPerIpPerHour: 60,
  reportsPerUserPerDay: 5,
  progressChecksPerIpPerMinute: 10,
  /** Same business and same text within this many hours is a duplicate (refused). */
  duplicateWindowHours: 24,
} as const;

export const REPORT_LIMITS = {
  name: { min: 2, max: 20 },
  businessName: { min: 2, max: 60 },
  businessAddress: { min: 2, max: 100 },
  description: { min: 10, max: 2000 },
  place: { min: 2, max: 100 },
  photos: 9,
  /** Reasons and notes staff write. */
  note: { min: 2, max: 500 },
  authority: { min: 2, max: 60 },
  outcome: { min: 4, max: 1000 },
  query: { min: 1, max: 40 },
} as const;

/**
 * The progress code shown once at submission: 8 characters without look-alikes (no 0/O, 1/I/L),
 * shown as ABCD-EFGH; the server keeps only its keyed hash.
 */
export const PROGRESS_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const PROGRESS_CODE_LENGTH = 8;
/** Typed with or without the dash, in either case (normalizeProgressCode makes it canonical). */
export const PROGRESS_CODE_PATTERN = '^[2-9A-HJKMNP-Za-hjkmnp-z]{4}-?[2-9A-HJKMNP-Za-hjkmnp-z]{4}$';

/** Report numbers: JB + the Asia/Shanghai date + '-' + the day's counter, e.g. JB20270315-0012. */
export const REPORT_NO_PATTERN = '^JB\\d{8}-\\d{4,6}$';

/** 'abcd-efgh' or 'ABCDEFGH' → 'ABCDEFGH' (what the server hashes). */
export const normalizeProgressCode = (code: string) => code.replace(/-/g, '').toUpperCase();

/** 'ABCDEFGH' → 'ABCD-EFGH' (how the app shows it). */
export const formatProgressCode = (code: string) =>
  `${code.slice(0, 4)}-${code.slice(4, PROGRESS_CODE_LENGTH)}`;
