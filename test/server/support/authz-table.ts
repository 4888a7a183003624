/**
 * Who may do what: one row per API operation (`METHOD /path` as in the OpenAPI document), one
 * verdict per caller. authz-matrix.test.ts holds every row against the server, on objects owned
 * by someone else, and fails when an operation has no row (or a row names a route that is gone).
 * Where the code and this table disagree, the table says what is right.
 */

export const CALLERS = [
  'anonymous',
  'consumer',
  'claimant',
  'merchant',
  'staff',
  'admin',
  'staffOtp',
  'staffRevoked',
] as const;
/**
 * anonymous: no token. consumer: a signed-in consumer who owns none of the objects probed.
 * claimant: a consumer whose request to join merchant A (the objects' merchant) is still
 * pending: anyone can send one, a credit code is public, so it must gain nothing by it.
 * merchant: a verified member of ANOTHER merchant (not the one the objects belong to).
 * staff, admin: signed in with a changed password. staffOtp: a staff account still on its
 * one-time password (it may only change it and read who it is). staffRevoked: a staff token
 * issued before the account's password changed: no better than no token at all.
 */
export type Caller = (typeof CALLERS)[number];

/**
 * allow: succeeds (2xx), on someone else's object where the operation takes one.
 * deny: 401 for anonymous (401 TOKEN_REVOKED for staffRevoked), 403 for a signed-in caller
 * (403 PASSWORD_CHANGE_REQUIRED for staffOtp).
 * hidden: 404, someone else's object looks as if it did not exist (no IDOR).
 * own-only: 404 on someone else's object, 2xx on the caller's own.
 * scoped: 200, but nothing private of someone else's appears in the answer.
 */
export type Verdict = 'allow' | 'deny' | 'hidden' | 'own-only' | 'scoped';

export type Rule = Readonly<Record<Caller, Verdict>>;

/**
 * A row: a base rule and what differs. Unless named, the claimant follows the consumer and
 * staffRevoked the anonymous caller.
 */
const row = (base: Rule, over: Partial<Rule>): Rule => ({
  ...base,
  ...over,
  claimant: over.claimant ?? over.consumer ?? base.claimant,
  staffRevoked: over.staffRevoked ?? over.anonymous ?? base.staffRevoked,
});

/** Open to everybody; a token, even a staffOtp one, changes nothing. */
const PUBLIC: Rule = {
  anonymous: 'allow',
  consumer: 'allow',
  claimant: 'allow',
  merchant: 'allow',
  staff: 'allow',
  admin: 'allow',
  staffOtp: 'allow',
  staffRevoked: 'allow',
};
/** Any signed-in account for its own data; a staff account must change its password first. */
const SIGNED_IN = row(PUBLIC, { anonymous: 'deny', staffOtp: 'deny' });
const STAFF_ONLY = row(SIGNED_IN, { consumer: 'deny', merchant: 'deny' });
/** Acting for a merchant: only its own members, in the merchant role. */
const MERCHANT_ONLY = row(STAFF_ONLY, { merchant: 'own-only', staff: 'deny', admin: 'deny' });
/** A pending pledge: its merchant's members and staff only (public once verified). */
const PENDING_PLEDGE = row(PUBLIC, {
  anonymous: 'hidden',
  consumer: 'hidden',
  merchant: 'own-only',
  staffOtp: 'hidden',
});
/** A quiz paper: its taker only, whatever the role. */
const OWN_PAPER = row(SIGNED_IN, {
  consumer: 'own-only',
  merchant: 'own-only',
  staff: 'own-only',
  admin: 'own-only',
});

export const AUTHZ_TABLE: Readonly<Record<string, Rule>> = {
  'GET /api/v1/health': PUBLIC,
  'GET /api/v1/health/live': PUBLIC,
  'GET /api/v1/health/ready': PUBLIC,
  'GET /api/v1/region': PUBLIC,
  'PUT /api/v1/region': STAFF_ONLY,
  // The holiday calendar: staff and admins read it and import a year (audited).
  'GET /api/v1/calendar/years': STAFF_ONLY,
  'GET /api/v1/calendar/years/{year}': STAFF_ONLY,
  'PUT /api/v1/calendar/years/{year}': STAFF_ONLY,

  'POST /api/v1/auth/wechat': PUBLIC,
  'POST /api/v1/auth/dev': PUBLIC,
  'POST /api/v1/auth/staff': PUBLIC,
  'POST /api/v1/auth/password': row(STAFF_ONLY, { staffOtp: 'allow' }),
  'GET /api/v1/me': row(SIGNED_IN, { staffOtp: 'allow' }),

  'POST /api/v1/event/visits': PUBLIC,
  'GET /api/v1/event/visits/summary': STAFF_ONLY,

  'POST /api/v1/uploads': SIGNED_IN,
  // Complaint evidence: the uploader, staff, and members of the merchant complained about.
  'GET /api/v1/uploads/{id}': row(SIGNED_IN, { consumer: 'own-only', merchant: 'own-only' }),

  // Public search never shows a business that staff have not verified yet.
  'GET /api/v1/merchants': row(PUBLIC, {
    anonymous: 'scoped',
    consumer: 'scoped',
    merchant: 'scoped',
    staff: 'scoped',
    admin: 'scoped',
    staffOtp: 'scoped',
  }),
  // Staff register no business of their own.
  'POST /api/v1/merchants': row(SIGNED_IN, { staff: 'deny', admin: 'deny' }),
  'GET /api/v1/merchants/by-code/{creditCode}': PUBLIC,
  'GET /api/v1/merchants/{id}': PUBLIC,
  'PATCH /api/v1/merchants/{id}': row(SIGNED_IN, { consumer: 'hidden', merchant: 'own-only' }),
  'GET /api/v1/merchants/memberships/mine': row(SIGNED_IN, {
    consumer: 'scoped',
    merchant: 'scoped',
    staff: 'scoped',
    admin: 'scoped',
  }),
  // Holds applicants' names and phone numbers.
  'GET /api/v1/merchants/memberships': STAFF_ONLY,
  'POST /api/v1/merchants/memberships/{id}/verification': STAFF_ONLY,
  'POST /api/v1/merchants/imports': STAFF_ONLY,
  'GET /api/v1/merchants/imports/{id}': STAFF_ONLY,

  // The merchant named in the body must be the caller's own.
  'POST /api/v1/model-units/applications': MERCHANT_ONLY,
  'GET /api/v1/model-units/applications': STAFF_ONLY,
  'GET /api/v1/model-units/applications/mine': row(SIGNED_IN, {
    consumer: 'scoped',
    merchant: 'scoped',
    staff: 'scoped',
    admin: 'scoped',
  }),
  'GET /api/v1/model-units/applications/{id}': row(SIGNED_IN, {
    consumer: 'hidden',
    merchant: 'own-only',
  }),
  'POST /api/v1/model-units/applications/{id}/review': STAFF_ONLY,
  'POST /api/v1/model-units/{id}/revoke': STAFF_ONLY,

  'POST /api/v1/pledges': MERCHANT_ONLY,
  'GET /api/v1/pledges': STAFF_ONLY,
  'GET /api/v1/pledges/stats': STAFF_ONLY,
  'GET /api/v1/pledges/initiative/signatories': PUBLIC,
  // Probed with a pending pledge: public only once staff have verified it.
  'GET /api/v1/pledges/{id}': PENDING_PLEDGE,
  'GET /api/v1/pledges/{id}/qrcode': PENDING_PLEDGE,
  'GET /api/v1/pledges/{id}/signature': PENDING_PLEDGE,
  // Public history, without another merchant's pending pledges.
  'GET /api/v1/merchants/{id}/pledges': row(PUBLIC, {
    anonymous: 'scoped',
    consumer: 'scoped',
    merchant: 'scoped',
    staffOtp: 'scoped',
  }),
  // Staff verify or revoke; the merchant's owner withdraws its own.
  'POST /api/v1/pledges/{id}/transitions': row(STAFF_ONLY, { merchant: 'own-only' }),

  // Filed by consumers (a merchant's people are consumers too), never by staff.
  'POST /api/v1/complaints': row(SIGNED_IN, { staff: 'deny', admin: 'deny' }),
  'GET /api/v1/complaints': row(SIGNED_IN, { consumer: 'scoped', merchant: 'scoped' }),
  'GET /api/v1/complaints/{id}': row(SIGNED_IN, { consumer: 'own-only', merchant: 'own-only' }),
  // The complainant withdraws its own; staff handle; a merchant never moves a complaint.
  'POST /api/v1/complaints/{id}/transitions': row(SIGNED_IN, {
    consumer: 'own-only',
    merchant: 'hidden',
  }),
  'POST /api/v1/complaints/{id}/messages': row(SIGNED_IN, {
    consumer: 'own-only',
    merchant: 'own-only',
  }),
  // 第十六条: each party answers for its own side, staff record either; 第二十二条: the 调解书
  // is for both parties and staff.
  'POST /api/v1/complaints/{id}/mediation-consent': row(SIGNED_IN, {
    consumer: 'own-only',
    merchant: 'own-only',
  }),
  'GET /api/v1/complaints/{id}/mediation-agreement': row(SIGNED_IN, {
    consumer: 'own-only',
    merchant: 'own-only',
  }),
  // Only the complainant rates; staff see the complaint but may not rate it.
  'POST /api/v1/complaints/{id}/rating': row(STAFF_ONLY, {
    consumer: 'own-only',
    merchant: 'hidden',
    staff: 'deny',
    admin: 'deny',
  }),

  // 第二十一条 notices: staff keep the record of telling both sides.
  'GET /api/v1/complaints/{id}/termination-notices': STAFF_ONLY,
  'POST /api/v1/complaints/{id}/termination-notices': STAFF_ONLY,

  // 站内消息: everyone has their own; someone else's message does not exist for them.
  'GET /api/v1/messages': row(SIGNED_IN, {
    consumer: 'scoped',
    merchant: 'scoped',
    staff: 'scoped',
    admin: 'scoped',
  }),
  'GET /api/v1/messages/unread-count': SIGNED_IN,
  'POST /api/v1/messages/{id}/read': row(SIGNED_IN, {
    consumer: 'own-only',
    merchant: 'own-only',
    staff: 'own-only',
    admin: 'own-only',
  }),
  'POST /api/v1/messages/read-all': SIGNED_IN,

  // 隐私政策 and 用户协议: each signed-in person reads and records only their own agreement.
  'GET /api/v1/privacy/consent': SIGNED_IN,
  'POST /api/v1/privacy/consent': SIGNED_IN,

  'GET /api/v1/quiz/me': SIGNED_IN,
  'POST /api/v1/quiz/papers': SIGNED_IN,
  'POST /api/v1/quiz/papers/{id}/submission': OWN_PAPER,
  'GET /api/v1/quiz/papers/{id}/submission': OWN_PAPER,
  'GET /api/v1/quiz/leaderboard': PUBLIC,
  'GET /api/v1/quiz/mistakes': SIGNED_IN,
  'DELETE /api/v1/quiz/mistakes/{questionId}': OWN_PAPER,
  'POST /api/v1/quiz/question-reports': SIGNED_IN,
  'GET /api/v1/quiz/question-reports': STAFF_ONLY,
  'GET /api/v1/quiz/qrcode': PUBLIC,
  'GET /api/v1/quiz/questions': STAFF_ONLY,
  'POST /api/v1/quiz/questions': STAFF_ONLY,
  'GET /api/v1/quiz/questions/{id}': STAFF_ONLY,
  'PUT /api/v1/quiz/questions/{id}': STAFF_ONLY,
  'POST /api/v1/quiz/questions/import': STAFF_ONLY,
  'POST /api/v1/quiz/question-reports/{id}/resolution': STAFF_ONLY,

  // Official 提示/警示: published ones are public (drafts, scheduled and unpublished ones are not,
  // see advisories.test.ts); 有用 once per signed-in person; writing and the workflow are staff
  // work, and publishing is for a staff member other than the author.
  'GET /api/v1/advisories': PUBLIC,
  'GET /api/v1/advisories/pinned': PUBLIC,
  'GET /api/v1/advisories/{id}': PUBLIC,
  'GET /api/v1/advisories/{id}/images/{index}': PUBLIC,
  'PUT /api/v1/advisories/{id}/useful': SIGNED_IN,
  'POST /api/v1/advisories': STAFF_ONLY,
  'GET /api/v1/advisories/manage': STAFF_ONLY,
  'GET /api/v1/advisories/{id}/manage': STAFF_ONLY,
  'PUT /api/v1/advisories/{id}': STAFF_ONLY,
  'POST /api/v1/advisories/{id}/transitions': STAFF_ONLY,
  'GET /api/v1/advisories/{id}/versions': STAFF_ONLY,

  // 消费小贴士: written by consumers and merchants (never staff), public once staff approve it;
  // the author withdraws their own; staff moderate and work the 不当内容 reports.
  'POST /api/v1/tips': row(SIGNED_IN, { staff: 'deny', admin: 'deny' }),
  'GET /api/v1/tips': PUBLIC,
  'GET /api/v1/tips/mine': row(SIGNED_IN, {
    consumer: 'scoped',
    merchant: 'scoped',
    staff: 'scoped',
    admin: 'scoped',
  }),
  'GET /api/v1/tips/queue': STAFF_ONLY,
  'GET /api/v1/tips/{id}': PUBLIC,
  'GET /api/v1/tips/{id}/photos/{photoId}': PUBLIC,
  'POST /api/v1/tips/{id}/withdrawal': row(SIGNED_IN, {
    consumer: 'own-only',
    merchant: 'own-only',
    staff: 'hidden',
    admin: 'hidden',
  }),
  'PUT /api/v1/tips/{id}/useful': SIGNED_IN,
  'POST /api/v1/tips/{id}/reports': SIGNED_IN,
  'POST /api/v1/tips/{id}/moderation': STAFF_ONLY,
  'GET /api/v1/tip-reports': STAFF_ONLY,
  'POST /api/v1/tip-reports/{id}/resolution': STAFF_ONLY,
  'POST /api/v1/tips/{id}/promotion': STAFF_ONLY,

  // Sharing is open to anyone (as a visit is); how advisories were read and spread is for staff.
  'POST /api/v1/advisories/{id}/shares': PUBLIC,
  'POST /api/v1/tips/{id}/shares': PUBLIC,
  'GET /api/v1/advisories/{id}/qrcode': PUBLIC,
  'GET /api/v1/tips/{id}/qrcode': PUBLIC,
  'GET /api/v1/advisories/stats': STAFF_ONLY,
  // 我的收藏: everyone keeps their own; someone else's list never shows in theirs.
  'GET /api/v1/favorites': row(SIGNED_IN, {
    consumer: 'scoped',
    merchant: 'scoped',
    staff: 'scoped',
    admin: 'scoped',
  }),
  'PUT /api/v1/favorites/{kind}/{id}': SIGNED_IN,
  'DELETE /api/v1/favorites/{kind}/{id}': SIGNED_IN,

  // 投诉信息公示 (issue 15): batches (rows of S1). Published batches and their exports are
  // public; making, reviewing and publishing are staff's; a business answers on its own rows.
  'GET /api/v1/disclosure/batches': PUBLIC,
  'GET /api/v1/disclosure/batches/{id}': PUBLIC,
  'GET /api/v1/disclosure/batches/{id}/businesses/{merchantId}': PUBLIC,
  'GET /api/v1/disclosure/batches/{id}/csv': PUBLIC,
  'GET /api/v1/disclosure/batches/{id}/print': PUBLIC,
  'POST /api/v1/disclosure/batches': STAFF_ONLY,
  'GET /api/v1/disclosure/manage': STAFF_ONLY,
  'GET /api/v1/disclosure/batches/{id}/manage': STAFF_ONLY,
  'GET /api/v1/disclosure/batches/{id}/preview': STAFF_ONLY,
  'GET /api/v1/disclosure/batches/{id}/rows': STAFF_ONLY,
  'PUT /api/v1/disclosure/batches/{id}/rows/{rowId}/exclusion': STAFF_ONLY,
  'DELETE /api/v1/disclosure/batches/{id}/rows/{rowId}/exclusion': STAFF_ONLY,
  'GET /api/v1/disclosure/batches/{id}/responses': STAFF_ONLY,
  'POST /api/v1/disclosure/responses/{id}/decision': STAFF_ONLY,
  'POST /api/v1/disclosure/batches/{id}/transitions': STAFF_ONLY,
  'POST /api/v1/disclosure/batches/{id}/corrections': STAFF_ONLY,
  'GET /api/v1/disclosure/mine': row(SIGNED_IN, {
    consumer: 'scoped',
    merchant: 'scoped',
    staff: 'scoped',
    admin: 'scoped',
  }),
  'POST /api/v1/disclosure/rows/{rowId}/responses': MERCHANT_ONLY,

  // 跟进、值班值守与督办 (issue 15): staff only (rows of S2)
  'GET /api/v1/disclosure/flags': STAFF_ONLY,
  'GET /api/v1/disclosure/follow-ups': STAFF_ONLY,
  'POST /api/v1/disclosure/follow-ups': STAFF_ONLY,
  'GET /api/v1/disclosure/follow-ups/{id}': STAFF_ONLY,
  'PUT /api/v1/disclosure/follow-ups/{id}': STAFF_ONLY,
  'GET /api/v1/disclosure/duty': STAFF_ONLY,
  'PUT /api/v1/disclosure/duty/roster': STAFF_ONLY,
  'GET /api/v1/complaints/{id}/supervision': STAFF_ONLY,
  'PUT /api/v1/complaints/{id}/supervision': STAFF_ONLY,
  'DELETE /api/v1/complaints/{id}/supervision': STAFF_ONLY,

  // 举报 (issue 16), filing and progress: anyone, signed in or not (rows of S1). Staff never
  // file; a token that fails counts as none (the report is then anonymous).
  'POST /api/v1/reports': row(PUBLIC, { staff: 'deny', admin: 'deny' }),
  'POST /api/v1/reports/photos': row(PUBLIC, { staff: 'deny', admin: 'deny' }),
  'POST /api/v1/reports/progress': PUBLIC,
  // A real-name reporter's own reports; anonymous ones are linked to no account.
  'GET /api/v1/reports/mine': row(SIGNED_IN, {
    consumer: 'scoped',
    merchant: 'scoped',
    staff: 'deny',
    admin: 'deny',
  }),
  'GET /api/v1/reports/{id}': row(SIGNED_IN, {
    consumer: 'own-only',
    merchant: 'own-only',
    staff: 'hidden',
    admin: 'hidden',
  }),

  // 举报 (issue 16), handling: staff only; the reporter's identity is read on its own route,
  // audited (rows of S2).
  'GET /api/v1/reports': STAFF_ONLY,
  'GET /api/v1/reports/{id}/manage': STAFF_ONLY,
  'GET /api/v1/reports/{id}/reporter': STAFF_ONLY,
  'POST /api/v1/reports/{id}/decisions': STAFF_ONLY,

  // 专项整治 (issue 16): published campaigns are public; defining them and their report figures
  // are staff's (rows of S3).
  'GET /api/v1/campaigns': PUBLIC,
  'GET /api/v1/campaigns/active': PUBLIC,
  'GET /api/v1/campaigns/{id}': PUBLIC,
  // A published campaign's cover; a draft's is staff's (campaigns.test.ts).
  'GET /api/v1/campaigns/{id}/cover': PUBLIC,
  'GET /api/v1/campaigns/manage': STAFF_ONLY,
  'POST /api/v1/campaigns': STAFF_ONLY,
  'GET /api/v1/campaigns/{id}/manage': STAFF_ONLY,
  'PUT /api/v1/campaigns/{id}': STAFF_ONLY,
  'POST /api/v1/campaigns/{id}/transitions': STAFF_ONLY,
  // Counts and map points only, never who reported.
  'GET /api/v1/campaigns/{id}/stats': STAFF_ONLY,

  // 普法 (issue 17), the law library: public reading and search; staff import a provincial
  // regulation (rows of S1).
  'GET /api/v1/law/laws': PUBLIC,
  'GET /api/v1/law/laws/{key}': PUBLIC,
  'GET /api/v1/law/articles/{law}/{no}': PUBLIC,
  'GET /api/v1/law/articles/{law}/{no}/qrcode': PUBLIC,
  'GET /api/v1/law/search': PUBLIC,
  'POST /api/v1/law/imports': STAFF_ONLY,

  // 普法 (issue 17), 问答 cards: published cards are public; writing and reviewing are staff's
  // (rows of S2).
  'GET /api/v1/law/qa': PUBLIC,
  'GET /api/v1/law/qa/{id}': PUBLIC,
  'GET /api/v1/law/qa/manage': STAFF_ONLY,
  'POST /api/v1/law/qa': STAFF_ONLY,
  'GET /api/v1/law/qa/{id}/manage': STAFF_ONLY,
  'PUT /api/v1/law/qa/{id}': STAFF_ONLY,
  'POST /api/v1/law/qa/{id}/transitions': STAFF_ONLY,

  // 普法 (issue 17), 法润乡村 sessions: published sessions, check-ins and feedback are public;
  // reminders are the signed-in caller's own; defining sessions and their figures are staff's
  // (rows of S3).
  'GET /api/v1/law/sessions': PUBLIC,
  'GET /api/v1/law/sessions/{id}': PUBLIC,
  // Anyone may check in at a session (by account, or by device when not signed in) and give
  // feedback with the token the check-in answered.
  'POST /api/v1/law/checkins': PUBLIC,
  'POST /api/v1/law/feedback': PUBLIC,
  'PUT /api/v1/law/sessions/{id}/reminder': SIGNED_IN,
  'DELETE /api/v1/law/sessions/{id}/reminder': SIGNED_IN,
  // Only the caller's own reminders: never who else asked to be reminded.
  'GET /api/v1/law/reminders/mine': row(SIGNED_IN, {
    consumer: 'scoped',
    merchant: 'scoped',
    staff: 'scoped',
    admin: 'scoped',
  }),
  'GET /api/v1/law/sessions/manage': STAFF_ONLY,
  'POST /api/v1/law/sessions': STAFF_ONLY,
  'GET /api/v1/law/sessions/{id}/manage': STAFF_ONLY,
  'PUT /api/v1/law/sessions/{id}': STAFF_ONLY,
  'POST /api/v1/law/sessions/{id}/transitions': STAFF_ONLY,
  // Counts and feedback texts, never who checked in.
  'GET /api/v1/law/sessions/stats': STAFF_ONLY,
  'GET /api/v1/law/sessions/{id}/feedback': STAFF_ONLY,
  'GET /api/v1/law/sessions/{id}/qr': STAFF_ONLY,
};

/**
 * Operations that take large bodies (a 20 MB merchant list, a 4 MB question file, a 5 MB
 * image): a caller the table refuses must be refused before the body is read and parsed, or
 * anyone could make the server do that work for nothing.
 */
export const REFUSED_BEFORE_BODY: readonly string[] = [
  'POST /api/v1/merchants/imports',
  'POST /api/v1/quiz/questions/import',
  'POST /api/v1/uploads',
  'POST /api/v1/reports/photos',
  'POST /api/v1/law/imports',
];
