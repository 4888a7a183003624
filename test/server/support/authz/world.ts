import type { InjectOptions } from 'fastify';
import type { Session } from '@api/auth';
import type { Membership, MerchantImport } from '@api/merchants';
import { createStaffAccount } from '../../../../server/src/features/auth/staff-accounts-service';
import type { Caller } from '../authz-table';
import { bearer, loginConsumer, loginStaff, type TestApp } from '../app';
import { fileComplaint, transitionOk } from '../complaints';
import { giveModelUnit, daysFromToday, register, upload, verify } from '../merchants';
import { answersScoring, drawPaper, submit } from '../quiz';
import { applicationBody, merchantCsv, nextCode, pledgeBody, signaturePng } from './bodies';

export interface Account {
  token: string;
  userId: string;
  /** Staff accounts: the current password (the one-time one for staffOtp). */
  password?: string;
}

export type SignedIn = Exclude<Caller, 'anonymous'>;

/** Objects owned by someone other than any caller of the matrix. */
export interface Others {
  complaint: string;
  trackingNo: string;
  ratableComplaint: string;
  evidence: string;
  licence: string;
  signature: string;
  modelUnitPhoto: string;
  merchant: string;
  merchantCode: string;
  membership: string;
  /** The id reserved for the business of that request, not verified yet: not public. */
  unverifiedMerchant: string;
  application: string;
  modelUnit: string;
  pendingPledge: string;
  paper: string;
  submittedPaper: string;
  report: string;
  importJob: string;
  question: string;
}

/** The name of a business registered but not verified: public search must not find it. */
export const UNVERIFIED_NAME = '矩阵未审核商店';

const account = (s: Session, password?: string): Account => ({
  token: s.token,
  userId: s.user.id,
  password,
});

/** A staff account signed in with its one-time password, not changed. */
async function staffOnOneTimePassword(t: TestApp): Promise<Account> {
  const username = `otp_${Math.random().toString(36).slice(2, 10)}`;
  const { password } = await createStaffAccount(t.db.db, {
    username,
    role: 'staff',
    at: new Date(),
  });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/staff',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`otp login failed: ${res.statusCode} ${res.body}`);
  return account(res.json<Session>(), password);
}

/** A staff token from before the account's latest password change. */
async function staffWithRevokedToken(t: TestApp): Promise<Account> {
  const s = await loginStaff(t, 'staff');
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password',
    headers: bearer(s.token),
    payload: { currentPassword: s.password, newPassword: `${s.password}-again` },
  });
  if (res.statusCode !== 200) throw new Error(`change failed: ${res.statusCode} ${res.body}`);
  return account(s, `${s.password}-again`);
}

/**
 * The accounts and objects the matrix probes: merchant A (owner ownerA) and a consumer, the
 * victim, own everything in `others`; the `merchant` caller is a verified member of merchant B.
 */
export class AuthzWorld {
  callers!: Record<SignedIn, Account>;
  /** Does the setting up, so the callers' own histories stay clean. */
  setup!: Account;
  victim!: Account;
  ownerA!: Account;
  merchantA!: Membership;
  merchantB!: string;
  others!: Others;
  private memo = new Map<string, Promise<string>>();

  constructor(readonly t: TestApp) {}

  async build(): Promise<this> {
    const { t } = this;
    this.setup = account(await loginStaff(t, 'staff'));
    this.victim = account(await loginConsumer(t.app));
    this.ownerA = account(await loginConsumer(t.app));
    const a = await this.verifiedMerchant(this.ownerA);
    this.merchantA = a;
    this.callers = {
      consumer: account(await loginConsumer(t.app)),
      claimant: await this.newCaller('claimant'),
      merchant: account(await loginConsumer(t.app)),
      staff: await this.newCaller('staff'),
      admin: await this.newCaller('admin'),
      staffOtp: await staffOnOneTimePassword(t),
      staffRevoked: await this.newCaller('staffRevoked'),
    };
    this.merchantB = (await this.verifiedMerchant(this.callers.merchant)).merchantId;
    // Every caller draws papers for its own probes: more than the default 3 a day.
    await this.as(this.setup, {
      method: 'PUT',
      url: '/api/v1/region',
      payload: await this.region(20),
    });

    const evidence = (await upload(t, this.victim.token, 'evidence')).id;
    const complaint = await fileComplaint(t, this.victim.token, {
      merchant: { merchantId: a.merchantId, name: '被投诉商家', address: '某地' },
      evidence: [evidence],
    });
    const applicant = account(await loginConsumer(t.app));
    const licence = (await upload(t, applicant.token, 'licence')).id;
    const membership = await register(t, applicant.token, {
      creditCode: nextCode(),
      name: UNVERIFIED_NAME,
      licencePhoto: licence,
    });
    const question = await t.db.db
      .selectFrom('quiz_questions')
      .select('id')
      .executeTakeFirstOrThrow();
    const photo = (await upload(t, this.ownerA.token, 'model-unit')).id;
    const paper = await drawPaper(t, this.victim.token);
    const submitted = await this.submittedPaper(this.victim);
    this.others = {
      complaint: complaint.id,
      trackingNo: complaint.trackingNo,
      ratableComplaint: await this.ratableComplaint(this.victim, a.merchantId),
      evidence,
      licence,
      signature: (await upload(t, this.ownerA.token, 'signature', signaturePng())).id,
      modelUnitPhoto: photo,
      merchant: a.merchantId,
      merchantCode: a.creditCode,
      membership: membership.id,
      unverifiedMerchant: membership.merchantId,
      application: await this.application(this.ownerA, a.merchantId),
      modelUnit: await giveModelUnit(t, a.merchantId, { until: daysFromToday(300) }),
      pendingPledge: await this.pendingPledge(this.ownerA, a.merchantId),
      paper: paper.paperId,
      submittedPaper: submitted,
      report: await this.report(this.victim, question.id),
      importJob: await this.importJob(),
      question: question.id,
    };
    return this;
  }

  /** A request as this account (anonymous: no token). */
  as(who: Account | undefined, req: InjectOptions) {
    const headers = { ...(req.headers ?? {}), ...(who ? bearer(who.token) : {}) };
    return this.t.app.inject({ ...req, headers });
  }

  /** A new account of the caller's kind (for calls that use the account up). */
  async newCaller(caller: SignedIn): Promise<Account> {
    if (caller === 'staffOtp') return staffOnOneTimePassword(this.t);
    if (caller === 'staffRevoked') return staffWithRevokedToken(this.t);
    if (caller === 'staff' || caller === 'admin') {
      const s = await loginStaff(this.t, caller);
      return account(s, s.password);
    }
    const s = account(await loginConsumer(this.t.app));
    if (caller === 'merchant') await this.verifiedMerchant(s);
    // A request to join merchant A, left pending.
    if (caller === 'claimant')
      await register(this.t, s.token, { creditCode: this.merchantA.creditCode });
    return s;
  }

  /** Computed once per key (the callers' own objects). */
  once(key: string, make: () => Promise<string>): Promise<string> {
    let p = this.memo.get(key);
    if (!p) {
      p = make();
      this.memo.set(key, p);
    }
    return p;
  }

  async region(dailyPapers?: number): Promise<Record<string, unknown>> {
    const region = (await this.t.app.inject({ method: 'GET', url: '/api/v1/region' })).json();
    if (dailyPapers) region.quiz = { ...(region.quiz ?? {}), dailyPapers };
    return region;
  }

  async verifiedMerchant(owner: Account) {
    const m = await register(this.t, owner.token, { creditCode: nextCode() });
    await verify(this.t, this.setup.token, m.id);
    return m;
  }

  /** A complaint about `merchantId` (or none), filed by `by`. */
  async complaint(by: Account, merchantId?: string): Promise<string> {
    const merchant = merchantId
      ? { merchantId, name: '被投诉商家', address: '某地' }
      : { name: '某某电器商行', address: '城关镇人民路88号' };
    return (await fileComplaint(this.t, by.token, { merchant })).id;
  }

  /** A complaint refused by staff: its complainant may rate the handling now. */
  async ratableComplaint(by: Account, merchantId?: string): Promise<string> {
    const id = await this.complaint(by, merchantId);
    await transitionOk(this.t, this.setup.token, id, {
      action: 'reject',
      reason: 'not-consumer-dispute',
    });
    return id;
  }

  async application(owner: Account, merchantId: string): Promise<string> {
    const photo = (await upload(this.t, owner.token, 'model-unit')).id;
    const res = await this.as(owner, {
      method: 'POST',
      url: '/api/v1/model-units/applications',
      payload: applicationBody(merchantId, [photo]),
    });
    if (res.statusCode !== 201) throw new Error(`apply failed: ${res.statusCode} ${res.body}`);
    return res.json<{ id: string }>().id;
  }

  /** A model-unit application of a merchant of its own (one open application per merchant). */
  async freshApplication(): Promise<string> {
    const owner = account(await loginConsumer(this.t.app));
    return this.application(owner, (await this.verifiedMerchant(owner)).merchantId);
  }

  async pendingPledge(owner: Account, merchantId: string): Promise<string> {
    const sig = (await upload(this.t, owner.token, 'signature', signaturePng())).id;
    const res = await this.as(owner, {
      method: 'POST',
      url: '/api/v1/pledges',
      payload: pledgeBody(merchantId, sig),
    });
    if (res.statusCode !== 201) throw new Error(`pledge failed: ${res.statusCode} ${res.body}`);
    return res.json<{ id: string }>().id;
  }

  /** A paper drawn and submitted with every answer wrong (so its questions become mistakes). */
  async submittedPaper(by: Account): Promise<string> {
    const paper = await drawPaper(this.t, by.token);
    const res = await submit(
      this.t,
      by.token,
      paper.paperId,
      await answersScoring(this.t, paper, 0),
    );
    if (res.statusCode !== 200) throw new Error(`submit failed: ${res.statusCode} ${res.body}`);
    return paper.paperId;
  }

  async mistakes(userId: string): Promise<string[]> {
    const rows = await this.t.db.db
      .selectFrom('quiz_mistakes')
      .select('question_id')
      .where('user_id', '=', userId)
      .execute();
    return rows.map((r) => r.question_id);
  }

  async report(by: Account, questionId = this.others.question): Promise<string> {
    const res = await this.as(by, {
      method: 'POST',
      url: '/api/v1/quiz/question-reports',
      payload: { questionId, message: '答案有误' },
    });
    if (res.statusCode !== 201) throw new Error(`report failed: ${res.statusCode} ${res.body}`);
    return res.json<{ id: string }>().id;
  }

  /** A merchant import by the setup account, waited for (background work must not race). */
  async importJob(by: Account = this.setup): Promise<string> {
    const res = await this.as(by, {
      method: 'POST',
      url: '/api/v1/merchants/imports',
      headers: { 'content-type': 'text/csv' },
      payload: merchantCsv(),
    });
    if (res.statusCode !== 202) throw new Error(`import failed: ${res.statusCode} ${res.body}`);
    const id = res.json<MerchantImport>().id;
    await this.importDone(id);
    return id;
  }

  async importDone(id: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const job = await this.as(this.setup, {
        method: 'GET',
        url: `/api/v1/merchants/imports/${id}`,
      });
      const body = job.json<MerchantImport>();
      if (body.status !== 'running') return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`import ${id} did not finish`);
  }
}
