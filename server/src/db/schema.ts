import type { Generated } from 'kysely';
import type { Role } from '@api/common';
import type { ComplaintCategory, ComplaintStatus } from '@api/complaints';
import type { MerchantType } from '@api/merchants';
import type { ApplicationStatus, ModelUnitLevel } from '@api/model-units';
import type { PledgeKind, PledgeStatus } from '@api/pledges';
import type { Difficulty, QuestionType, ReportStatus, Topic } from '@api/quiz';
import type { UploadPurpose } from '@api/uploads';
import type { MessageKind } from '@api/messages';
import type { CampaignSource, CampaignStatus } from '@api/campaigns';
import type { DeclineReason, ReporterKind, ReportStatus as TipOffStatus } from '@api/reports';
import type { LawKind, QaStatus, QaTopic, SessionStatus, SessionUseful } from '@api/law';

/**
 * Row shapes as stored. Portable types only: ids are ULID text, times are ISO 8601 UTC text,
 * booleans are integers 0/1, JSON is text — the same on SQLite and PostgreSQL.
 */
export interface UsersTable {
  id: string;
  role: Role;
  openid: string | null;
  unionid: string | null;
  /** WeChat session key: server-side only, never in a response. */
  session_key: string | null;
  username: string | null;
  password_hash: string | null;
  must_change_password: number;
  /** Tokens carry the version they were signed with; bumped by a password change or reset. */
  token_version: Generated<number>;
  nickname: string;
  created_at: string;
  updated_at: string;
}

export interface SettingsTable {
  key: string;
  /** JSON text. */
  value: string;
  updated_at: string;
  updated_by: string | null;
}

export interface HolidaysTable {
  /** 'YYYY-MM-DD' (Asia/Shanghai calendar date). */
  date: string;
  kind: 'holiday' | 'workday';
  note: string | null;
}

/** One row per year the calendar holds: its source and who imported it (null: built in). */
export interface HolidayYearsTable {
  year: number;
  source: string;
  imported_at: string | null;
  imported_by: string | null;
}

export interface VisitsTable {
  id: string;
  source: string;
  channel: string;
  path: string | null;
  user_id: string | null;
  created_at: string;
}

export interface IdempotencyKeysTable {
  /** Caller: a user id, or 'anonymous'. */
  scope: string;
  key: string;
  /** 'POST /api/v1/…' the key was first used with. */
  method_path: string;
  body_hash: string;
  /** What the first request made (a replay renders it again): written with it, one transaction. */
  resource_id: string;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  created_at: string;
  /** JSON text. */
  detail: string | null;
}

/** Named sequences (certificate numbers per year …), advanced by db/counters.ts. */
export interface CountersTable {
  key: string;
  value: number;
}

export interface MerchantsTable {
  /**
   * Integer key of the SQLite full-text index (FTS5 external content needs a stable integer
   * row id; the implicit rowid may change on VACUUM). Never exposed; `id` is the public key.
   */
  seq: Generated<number>;
  id: string;
  /** 统一社会信用代码, upper case, validated; unique. */
  credit_code: string;
  name: string;
  /** lower-cased name (JavaScript toLowerCase): what search matches, the same on both databases. */
  search_name: string;
  type: MerchantType;
  industry: string;
  town: string;
  address: string;
  lat: number | null;
  lng: number | null;
  hours: string | null;
  public_phone: string | null;
  status: 'listed' | 'verified';
  /**
   * Badge columns, denormalised for search and kept in step by merchants/badges.ts in the same
   * transaction as every model-unit or pledge change. Dates, compared with today at read time,
   * because a title or pledge lapses by the calendar without anybody writing anything.
   */
  model_unit_until: string | null;
  model_unit_level: ModelUnitLevel | null;
  model_unit_category: string | null;
  model_unit_year: number | null;
  /** startsOn of the earliest verified, unended offline-return pledge. */
  pledge_since: string | null;
  /** The date a withdrawal takes effect, when every counted pledge is ending (0007). */
  pledge_until: string | null;
  /** startsOn of the earliest verified, unended initiative signature. */
  initiative_since: string | null;
  initiative_until: string | null;
  created_at: string;
  updated_at: string;
}

/** The business facts a registration submits; they make the merchant row on approval. */
export interface SubmittedBusiness {
  name: string;
  type: MerchantType;
  industry: string;
  town: string;
  address: string;
  location?: { lat: number; lng: number };
  hours?: string;
  publicPhone?: string;
}

export interface MerchantMembersTable {
  id: string;
  /**
   * The merchant this request is for. For a credit code not yet in the registry it is the id
   * reserved for the merchant that approval will create, so no foreign key.
   */
  merchant_id: string;
  credit_code: string;
  user_id: string;
  role: 'owner' | 'member';
  status: 'pending' | 'active' | 'rejected';
  reason: string | null;
  /** JSON of SubmittedBusiness. */
  business: string;
  /** Encrypted (crypto/personal-data.ts). */
  contact_name: string;
  /** Encrypted (crypto/personal-data.ts). */
  contact_phone: string;
  licence_upload_id: string;
  created_at: string;
  updated_at: string;
  reviewed_at: string | null;
  reviewed_by: string | null;
}

export interface MerchantImportsTable {
  id: string;
  status: 'running' | 'done' | 'failed';
  total: number;
  done: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** JSON array of { row, reason }. */
  rejected: string;
  /** JSON of the checked rows (ImportEntry[]) until the import is done; null after. */
  entries: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface ModelUnitApplicationsTable {
  id: string;
  merchant_id: string;
  applicant_id: string;
  category: string;
  /** JSON array of { item, checked }. */
  checklist: string;
  note: string | null;
  /** JSON array of upload ids. */
  photos: string;
  status: ApplicationStatus;
  submitted_at: string;
  reviewed_at: string | null;
  reviewed_by: string | null;
  review_reason: string | null;
  model_unit_id: string | null;
}

export interface ModelUnitsTable {
  id: string;
  merchant_id: string;
  application_id: string | null;
  certificate_no: string;
  category: string;
  level: ModelUnitLevel;
  year: number;
  valid_from: string;
  valid_until: string;
  revoked_on: string | null;
  revoked_reason: string | null;
  revoked_by: string | null;
  created_at: string;
  created_by: string | null;
}

export interface UploadsTable {
  id: string;
  sha256: string;
  mime: 'image/jpeg' | 'image/png' | 'image/webp';
  size: number;
  purpose: UploadPurpose;
  /** Null: uploaded without signing in (a 举报's photo). */
  owner_id: string | null;
  created_at: string;
}

/** Read here for badges; the pledges feature owns the writes (signing, verifying, withdrawing). */
export interface PledgesTable {
  id: string;
  merchant_id: string;
  kind: PledgeKind;
  status: PledgeStatus;
  certificate_no: string;
  /** JSON: OfflineReturnTerms for offline-return; {} for the initiative. */
  terms: string;
  signed_at: string;
  starts_on: string;
  ended_on: string | null;
  ended_reason: string | null;
  signer_name: string;
  signer_role: string;
  content_hash: string;
  signature_upload_id: string | null;
  created_by: string | null;
  verified_by: string | null;
  verified_at: string | null;
  /** The signed text (0007; null on rows from before signing existed). */
  text: string | null;
  /** The merchant's name as signed (0007). */
  merchant_name: string | null;
  /** sha256 (hex) of the signature image bytes as signed (0007). */
  signature_sha256: string | null;
}

/**
 * 消费投诉. Money is integer fen (分) on both databases; the API speaks yuan with two decimals.
 * Dates are Asia/Shanghai calendar dates 'YYYY-MM-DD'; instants are ISO UTC text.
 */
export interface ComplaintsTable {
  id: string;
  /** TS + yyyymmdd + '-' + 4-digit counter of the day + '-' + 4 random base32 characters. */
  tracking_no: string;
  complainant_user_id: string;
  merchant_id: string | null;
  merchant_name: string;
  merchant_address: string;
  /** Copied from the registry when the merchant is registered (filters); null otherwise. */
  industry: string | null;
  town: string | null;
  category: ComplaintCategory;
  purchase_date: string;
  /** When the consumer says the problem was discovered (第十五条(四)); null if not given. */
  discovered_on: string | null;
  amount_fen: number;
  order_no: string | null;
  facts: string;
  /** JSON of ComplaintRequest (yuan, as sent). */
  request: string;
  /** Encrypted (crypto/personal-data.ts). */
  complainant_name_enc: string;
  complainant_phone_enc: string;
  complainant_address_enc: string;
  consent_at: string;
  subscribed: number;
  pledge_id: string | null;
  status: ComplaintStatus;
  submitted_at: string;
  accept_deadline: string;
  merchant_settle_by: string;
  accepted_at: string | null;
  mediation_deadline: string | null;
  /** The Shanghai date testing began (第二十条), while paused. */
  paused_since: string | null;
  paused_days: number;
  /**
   * The deadline that applies now, for the staff queue's order and cursor: accept_deadline
   * while submitted, mediation_deadline while accepted/mediating, '9999-12-31' otherwise.
   */
  due_on: string;
  /** JSON of ComplaintDetail['outcome']. */
  outcome: string | null;
  /** JSON of ComplaintDetail['rating']. */
  rating: string | null;
  updated_at: string;
}

export interface ComplaintEventsTable {
  id: string;
  complaint_id: string;
  at: string;
  actor_role: 'consumer' | 'merchant' | 'staff' | 'system';
  actor_id: string | null;
  kind: 'status' | 'note' | 'reply' | 'proposal' | 'evidence';
  status: ComplaintStatus | null;
  message: string;
  /** JSON array of upload ids. */
  evidence: string | null;
  amount_fen: number | null;
}

export interface ComplaintEvidenceTable {
  complaint_id: string;
  upload_id: string;
  /** The timeline entry that added it; null for the evidence filed with the complaint. */
  event_id: string | null;
  added_at: string;
}

/** 识假辨假 bank; options and answer are JSON (QuestionOption[], bank keys). */
export interface QuizQuestionsTable {
  id: string;
  type: QuestionType;
  topic: Topic;
  subtopic: string;
  difficulty: Difficulty;
  stem: string;
  options: string;
  answer: string;
  explanation: string;
  image: string | null;
  retired: number;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface QuizPapersTable {
  id: string;
  user_id: string;
  topic: Topic | null;
  /** The Asia/Shanghai date it was drawn (daily limit, leaderboard windows). */
  day: string;
  created_at: string;
  expires_at: string;
  total: number;
  submitted_at: string | null;
  correct_count: number | null;
  score: number | null;
  seconds: number | null;
  /** 1 when the result counts on the leaderboard; null until submitted. */
  ranked: number | null;
  /** JSON OptionKey[][] in paper order (shown keys). */
  chosen: string | null;
}

export interface QuizPaperQuestionsTable {
  paper_id: string;
  position: number;
  question_id: string;
  face: string;
  correct: string;
  key_map: string;
  /** 1 right, 0 wrong; null until the paper is submitted. */
  is_correct: number | null;
}

export interface QuizMistakesTable {
  user_id: string;
  question_id: string;
  topic: Topic;
  last_chosen: string;
  times_wrong: number;
  last_wrong_at: string;
}

export interface QuizQuestionReportsTable {
  id: string;
  question_id: string;
  user_id: string;
  message: string;
  status: ReportStatus;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  note: string | null;
}

/** 站内消息 (0013): one person's copy of one notice. */
export interface MessagesTable {
  id: string;
  user_id: string;
  kind: MessageKind;
  title: string;
  body: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

/** 第二十一条 (0013): whether, when and how each side was told that mediation was terminated. */
export interface TerminationNoticesTable {
  complaint_id: string;
  side: 'complainant' | 'merchant';
  terminated_at: string;
  /** Shanghai date, inclusive. */
  due_on: string;
  method: 'in-app' | 'phone' | 'letter' | 'on-site' | null;
  notified_at: string | null;
  note: string | null;
  /** The staff member who recorded it; null when the system delivered it in-app. */
  recorded_by: string | null;
  recorded_at: string | null;
}

/** 第十六条 (0014): each side's consent to mediation, how and when given, who recorded it. */
export interface MediationConsentsTable {
  complaint_id: string;
  side: 'complainant' | 'merchant';
  decision: 'agree' | 'refuse';
  /** self: the party pressed 同意调解 in the app; otherwise how staff received it. */
  method: 'self' | 'phone' | 'written' | 'on-site' | 'online';
  given_at: string;
  note: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** 个人信息保护法 第十四条 (0015): the 隐私政策 and 用户协议 versions a user agreed to. */
export interface PrivacyConsentsTable {
  user_id: string;
  privacy_version: string;
  terms_version: string;
  channel: 'weapp' | 'h5';
  /** When the person agreed (before signing in, if they agreed on the device first). */
  agreed_at: string;
  recorded_at: string;
}

/** Official 提示/警示 (0016); see the migration for what each column is. */
export interface AdvisoriesTable {
  /** Integer key of the SQLite search index (0020). */
  seq: Generated<number>;
  id: string;
  status: 'draft' | 'submitted' | 'published' | 'unpublished';
  version: number;
  kind: '提示' | '警示';
  title: string;
  category: string;
  search_text: string;
  content: string;
  valid_from: string | null;
  valid_until: string | null;
  merchant_id: string | null;
  author_id: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  returned_reason: string | null;
  publish_at: string | null;
  published_by: string | null;
  unpublished_at: string | null;
  unpublished_by: string | null;
  unpublished_reason: string | null;
  revision: string | null;
  read_count: Generated<number>;
  useful_count: Generated<number>;
}

export interface AdvisoryVersionsTable {
  advisory_id: string;
  version: number;
  content: string;
  author_id: string;
  published_by: string;
  published_at: string;
}

export interface AdvisoryUsefulTable {
  advisory_id: string;
  user_id: string;
  created_at: string;
}

/** 消费小贴士 (issue 14): written by consumers, moderated by staff. */
export interface TipsTable {
  /** Integer key of the SQLite search index (0020). */
  seq: Generated<number>;
  id: string;
  author_id: string;
  title: string;
  body: string;
  body_key: string;
  category: string;
  /** JSON array of upload ids. */
  photos: string;
  status: 'pending' | 'published' | 'rejected' | 'hidden' | 'withdrawn';
  sec_check: 'pass' | 'review' | 'unchecked';
  reject_reason: string | null;
  moderated_by: string | null;
  moderated_at: string | null;
  useful_count: Generated<number>;
  promoted_advisory_id: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

export interface TipUsefulTable {
  tip_id: string;
  user_id: string;
  created_at: string;
}

export interface TipReportsTable {
  id: string;
  tip_id: string;
  user_id: string;
  reason: string;
  note: string | null;
  status: 'open' | 'hidden' | 'dismissed';
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

/** 我的收藏 (issue 14): a user's saved advisories and tips. */
export interface FavoritesTable {
  user_id: string;
  kind: 'advisory' | 'tip';
  item_id: string;
  created_at: string;
}

/** One read of an advisory per reader per Asia/Shanghai day (reader_key: an HMAC, no plaintext). */
export interface AdvisoryReadsTable {
  advisory_id: string;
  day: string;
  reader_key: string;
}

/** A 转发, 朋友圈 share or saved poster of an advisory or tip. */
export interface SharesTable {
  kind: 'advisory' | 'tip';
  item_id: string;
  channel: 'chat' | 'timeline' | 'poster';
  created_at: string;
}

/** 投诉信息公示 (issue 15): one version of a batch (see migration 0021). */
export interface DisclosureBatchesTable {
  id: string;
  series_id: string;
  version: number;
  previous_version_id: string | null;
  title: string;
  kind: 'period' | 'topic';
  period_from: string;
  period_to: string;
  status: 'draft' | 'notice' | 'submitted' | 'published' | 'superseded' | 'withdrawn';
  change_note: string | null;
  /** JSON: the profile's disclosure rules used to compute it. */
  settings: string;
  candidates: number;
  included: number;
  excluded: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  computed_at: string;
  notified_at: string | null;
  objection_deadline: string | null;
  submitted_by: string | null;
  submitted_at: string | null;
  returned_reason: string | null;
  published_by: string | null;
  published_at: string | null;
  superseded_by: string | null;
  withdrawn_by: string | null;
  withdrawn_at: string | null;
  withdrawn_reason: string | null;
  /** JSON: the public view frozen at publication. */
  snapshot: string | null;
}

/** A candidate complaint of a batch, with only what may be published (and staff's keys). */
export interface DisclosureRowsTable {
  id: string;
  batch_id: string;
  complaint_id: string;
  tracking_no: string;
  merchant_id: string | null;
  business_name: string;
  credit_code: string | null;
  industry: string;
  category: string;
  submitted_on: string;
  accepted_on: string | null;
  ended_on: string | null;
  outcome: 'settled' | 'terminated' | 'withdrawn' | null;
  days_to_close: number | null;
  excluded_reason: string | null;
  excluded_note: string | null;
  statement: string | null;
  corrected: number;
}

export interface DisclosureNoticesTable {
  batch_id: string;
  merchant_id: string;
  notified_at: string;
  answered_at: string | null;
}

export interface DisclosureResponsesTable {
  id: string;
  batch_id: string;
  row_id: string;
  merchant_id: string;
  user_id: string;
  kind: 'objection' | 'statement';
  text: string;
  created_at: string;
  decision: 'pending' | 'upheld' | 'refused';
  remedy: 'exclude' | 'correct' | 'publish-statement' | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
}

/** A business's figures in the latest published batch naming it. */
export interface DisclosureBusinessFiguresTable {
  merchant_id: string;
  batch_id: string;
  batch_title: string;
  published_at: string;
  accepted: number;
  settled: number;
  rate_permille: number | null;
  median_days: number | null;
  ranked: number;
  /** JSON array of published statements. */
  statements: string;
}

export interface FollowUpsTable {
  id: string;
  target_kind: 'business' | 'industry';
  merchant_id: string | null;
  industry: string | null;
  type: '重点监管' | '行政指导' | '约谈';
  date: string;
  handled_by: string;
  notes: string;
  outcome: string | null;
  /** JSON array of upload ids. */
  attachments: string;
  status: 'open' | 'done';
  batch_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface DutyRosterTable {
  date: string;
  /** JSON array of names. */
  staff: string;
  phone: string | null;
  updated_by: string;
  updated_at: string;
}

/** 督办: a supervisor tracks a complaint and hears of every status change. */
export interface ComplaintSupervisionsTable {
  complaint_id: string;
  supervisor_id: string;
  note: string;
  since: string;
}

/** 专项整治 (issue 16): lists are JSON text. */
export interface CampaignsTable {
  id: string;
  /** The profile campaign's key; null for staff's. */
  key: string | null;
  source: CampaignSource;
  status: CampaignStatus;
  name: string;
  period_from: string;
  period_to: string;
  lead_unit: string;
  targets: string;
  /** JSON string[]. */
  reportable: string;
  /** JSON LegalReference[]. */
  legal_basis: string;
  cover_upload_id: string | null;
  /** JSON string[]. */
  advisory_ids: string;
  /** Null for a profile campaign. */
  created_by: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  withdrawn_at: string | null;
  withdrawn_reason: string | null;
}

/** 举报 (issue 16): see migration 0023 for what each column is for. */
export interface ReportsTable {
  id: string;
  report_no: string;
  code_hash: string;
  reporter_kind: ReporterKind;
  reporter_user_id: string | null;
  /** Encrypted (personal-data cipher); null when anonymous. */
  reporter_name: string | null;
  reporter_phone: string | null;
  submitter_key: string | null;
  merchant_id: string | null;
  business_name: string;
  business_address: string;
  business_key: string;
  industry: string | null;
  town: string | null;
  campaign_id: string | null;
  description: string;
  text_key: string;
  seen_on: string;
  seen_time: string | null;
  place: string;
  latitude: number | null;
  longitude: number | null;
  location_name: string | null;
  wants_reply: number;
  subscribed: number;
  sec_check: 'pass' | 'review';
  status: TipOffStatus;
  received_on: string;
  decide_by: string;
  extended: number;
  extension_reason: string | null;
  decided_on: string | null;
  decline_reason: DeclineReason | null;
  decision_note: string | null;
  transferred_to: string | null;
  merged_into: string | null;
  outcome: string | null;
  malicious: number;
  malicious_reason: string | null;
  tell_reporter_by: string | null;
  reporter_told_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReportPhotosTable {
  report_id: string;
  upload_id: string;
  position: number;
}

/** The steps a reporter may see. */
export interface ReportEventsTable {
  id: string;
  report_id: string;
  at: string;
  label: string;
}

/** 普法 (issue 17): see migration 0024 for what each column is for. */
export interface LawsTable {
  key: string;
  title: string;
  short_title: string;
  kind: LawKind;
  version_date: string;
  complete: number;
  full_text_url: string;
  source_name: string;
  source_url: string;
  origin: 'builtin' | 'imported';
  revision: string;
  /** JSON string[]. */
  preamble: string;
  imported_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface LawArticlesTable {
  law_key: string;
  position: number;
  no: number;
  label: string;
  chapter: string;
  text: string;
  partial: number;
  source_name: string | null;
  source_url: string | null;
}

export interface LawQaTable {
  id: string;
  seed_key: string | null;
  status: QaStatus;
  version: number;
  topic: QaTopic;
  question: string;
  search_text: string;
  /** JSON QaContent. */
  content: string;
  /** Null for a card that ships with the app (系统预置). */
  author_id: string | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  returned_reason: string | null;
  published_at: string | null;
  published_by: string | null;
  unpublished_at: string | null;
  unpublished_by: string | null;
  unpublished_reason: string | null;
  /** JSON { status, content, author_id, updated_at } of a pending new version. */
  revision: string | null;
}

export interface LawQaVersionsTable {
  qa_id: string;
  version: number;
  content: string;
  author_id: string | null;
  published_by: string;
  published_at: string;
}

export interface LawQaArticlesTable {
  qa_id: string;
  law_key: string;
  no: number;
}

export interface LawSessionsTable {
  id: string;
  status: SessionStatus;
  topic: string;
  town: string;
  village: string;
  place: string;
  latitude: number | null;
  longitude: number | null;
  starts_at: string;
  ends_at: string;
  speaker_unit: string;
  quiz_topic: string | null;
  description: string | null;
  checkin_code: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  cancelled_at: string | null;
  cancelled_reason: string | null;
}

export interface LawSessionRemindersTable {
  session_id: string;
  user_id: string;
  subscribed: number;
  remind_on: string;
  sent_at: string | null;
  created_at: string;
}

export interface LawCheckinsTable {
  id: string;
  session_id: string;
  attendee_key: string;
  feedback_token_hash: string;
  created_at: string;
}

export interface LawFeedbackTable {
  checkin_id: string;
  session_id: string;
  useful: SessionUseful;
  /** JSON QaTopic[]. */
  want_topics: string;
  text: string | null;
  created_at: string;
}

/** Hot reads (server/src/cache): a cached thing's version, bumped with every change to it. */
export interface CacheVersionsTable {
  name: string;
  version: number;
  changed_at: string;
}

export interface Database {
  users: UsersTable;
  settings: SettingsTable;
  holidays: HolidaysTable;
  holiday_years: HolidayYearsTable;
  visits: VisitsTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_log: AuditLogTable;
  counters: CountersTable;
  merchants: MerchantsTable;
  merchant_members: MerchantMembersTable;
  merchant_imports: MerchantImportsTable;
  model_unit_applications: ModelUnitApplicationsTable;
  model_units: ModelUnitsTable;
  uploads: UploadsTable;
  pledges: PledgesTable;
  complaints: ComplaintsTable;
  complaint_events: ComplaintEventsTable;
  complaint_evidence: ComplaintEvidenceTable;
  messages: MessagesTable;
  termination_notices: TerminationNoticesTable;
  mediation_consents: MediationConsentsTable;
  privacy_consents: PrivacyConsentsTable;
  quiz_questions: QuizQuestionsTable;
  quiz_papers: QuizPapersTable;
  quiz_paper_questions: QuizPaperQuestionsTable;
  quiz_mistakes: QuizMistakesTable;
  quiz_question_reports: QuizQuestionReportsTable;
  advisories: AdvisoriesTable;
  advisory_versions: AdvisoryVersionsTable;
  advisory_useful: AdvisoryUsefulTable;
  tips: TipsTable;
  tip_useful: TipUsefulTable;
  tip_reports: TipReportsTable;
  favorites: FavoritesTable;
  advisory_reads: AdvisoryReadsTable;
  shares: SharesTable;
  disclosure_batches: DisclosureBatchesTable;
  disclosure_rows: DisclosureRowsTable;
  disclosure_notices: DisclosureNoticesTable;
  disclosure_responses: DisclosureResponsesTable;
  disclosure_business_figures: DisclosureBusinessFiguresTable;
  follow_ups: FollowUpsTable;
  duty_roster: DutyRosterTable;
  complaint_supervisions: ComplaintSupervisionsTable;
  campaigns: CampaignsTable;
  reports: ReportsTable;
  report_photos: ReportPhotosTable;
  report_events: ReportEventsTable;
  laws: LawsTable;
  law_articles: LawArticlesTable;
  law_qa: LawQaTable;
  law_qa_versions: LawQaVersionsTable;
  law_qa_articles: LawQaArticlesTable;
  law_sessions: LawSessionsTable;
  law_session_reminders: LawSessionRemindersTable;
  law_checkins: LawCheckinsTable;
  law_feedback: LawFeedbackTable;
  cache_versions: CacheVersionsTable;
}
