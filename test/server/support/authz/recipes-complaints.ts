import { ACTION_BODIES, complaintBody, transitionOk } from '../complaints';
import { get, post, type Ctx, type Recipe } from './recipe';

/** The caller's own complaint: filed by the consumer, or about the merchant caller's merchant. */
function ownComplaint({ w, caller, who }: Ctx): Promise<string> {
  return w.once(`complaint:${caller}`, () =>
    caller === 'merchant' ? w.complaint(w.victim, w.merchantB) : w.complaint(who ?? w.victim),
  );
}

const messages = (w: Ctx['w']) => ({
  note: { kind: 'note', message: '请尽快处理' },
  reply: { kind: 'reply', message: '已联系顾客协商' },
  proposal: { kind: 'proposal', message: '同意退款', amount: 100 },
  evidence: { kind: 'evidence', message: '补充发票', evidence: [w.others.evidence] },
});

/** An accepted complaint (第十六条: consent is open), filed by `by` about `merchantId`. */
async function acceptedComplaint(w: Ctx['w'], by = w.victim, merchantId?: string) {
  const id = await w.complaint(by, merchantId ?? w.merchantA.merchantId);
  await transitionOk(w.t, w.setup.token, id, ACTION_BODIES.accept);
  return id;
}

/** A settled one (第二十二条: it has a 调解书). */
async function settledComplaint(w: Ctx['w'], by = w.victim, merchantId?: string) {
  const id = await acceptedComplaint(w, by, merchantId);
  await transitionOk(w.t, w.setup.token, id, ACTION_BODIES.mediate);
  await transitionOk(w.t, w.setup.token, id, ACTION_BODIES.settle);
  return id;
}

/** The caller's own complaint in some state: filed by it, or about the merchant caller's shop. */
const ownIn = (make: typeof acceptedComplaint, key: string) => (ctx: Ctx) =>
  ctx.w.once(`${key}:${ctx.caller}`, () =>
    ctx.caller === 'merchant'
      ? make(ctx.w, ctx.w.victim, ctx.w.merchantB)
      : make(ctx.w, ctx.who ?? ctx.w.victim),
  );

/** Complaints: filing, lists, detail, handling, messages and rating. */
export const COMPLAINT_RECIPES: Record<string, Recipe> = {
  'POST /api/v1/complaints': {
    requests: () => [post('/api/v1/complaints', complaintBody())],
    foreignRefs: async ({ w }) => [
      post('/api/v1/complaints', complaintBody({ evidence: [w.others.evidence] })),
    ],
  },
  'GET /api/v1/complaints': {
    foreign: (w) => [w.others.complaint, w.others.trackingNo, w.others.ratableComplaint],
    requests: () =>
      ['', '?scope=mine', '?scope=merchant', '?scope=all'].map((q) =>
        get(`/api/v1/complaints${q}`),
      ),
  },
  'GET /api/v1/complaints/{id}': {
    other: ({ w }) => [w.others.complaint, w.others.ratableComplaint],
    own: ownComplaint,
    requests: (id) => [get(`/api/v1/complaints/${id}`)],
  },
  'POST /api/v1/complaints/{id}/transitions': {
    other: ({ w }) => w.others.complaint,
    fresh: (w) => w.complaint(w.victim, w.others.merchant),
    own: ({ w, who }) => w.complaint(who),
    requests: (id, { caller }) => {
      // Staff handle; anyone else can at most withdraw a complaint of its own.
      const staff = caller === 'staff' || caller === 'admin';
      const first = staff ? ACTION_BODIES.accept : ACTION_BODIES.withdraw;
      return [first, ...Object.values(ACTION_BODIES).filter((b) => b !== first)].map((body) =>
        post(`/api/v1/complaints/${id}/transitions`, body),
      );
    },
  },
  'POST /api/v1/complaints/{id}/messages': {
    other: ({ w }) => w.others.complaint,
    own: ownComplaint,
    requests: (id, { w, caller }) => {
      const all = messages(w);
      const first = caller === 'merchant' ? all.reply : all.note;
      return [first, ...Object.values(all).filter((b) => b !== first)].map((body) =>
        post(`/api/v1/complaints/${id}/messages`, body),
      );
    },
    foreignRefs: async (ctx) => {
      // Evidence is the complainant's: staff file nothing, a merchant's own is about its shop.
      if (ctx.caller !== 'consumer' && ctx.caller !== 'claimant') return [];
      const id = await ownComplaint(ctx);
      return [post(`/api/v1/complaints/${id}/messages`, messages(ctx.w).evidence)];
    },
  },
  'POST /api/v1/complaints/{id}/mediation-consent': {
    other: ({ w }) => w.once('accepted', () => acceptedComplaint(w)),
    fresh: (w) => acceptedComplaint(w),
    own: ownIn(acceptedComplaint, 'accepted'),
    requests: (id, { caller }) => [
      post(
        `/api/v1/complaints/${id}/mediation-consent`,
        caller === 'staff' || caller === 'admin'
          ? { side: 'merchant', decision: 'agree', method: 'phone' }
          : { decision: 'agree' },
      ),
    ],
  },
  'GET /api/v1/complaints/{id}/mediation-agreement': {
    other: ({ w }) => w.once('settled', () => settledComplaint(w)),
    own: ownIn(settledComplaint, 'settled'),
    requests: (id) => [get(`/api/v1/complaints/${id}/mediation-agreement`)],
  },
  'POST /api/v1/complaints/{id}/rating': {
    other: ({ w }) => w.others.ratableComplaint,
    own: ({ w, who }) => w.ratableComplaint(who),
    requests: (id) => [post(`/api/v1/complaints/${id}/rating`, { score: 5, comment: '满意' })],
  },
};
