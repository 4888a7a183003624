import type { MerchantImport } from '@api/merchants';
import { daysFromToday, giveModelUnit, register, registration, upload } from '../merchants';
import { loginConsumer } from '../app';
import { applicationBody, nextCode, merchantCsv, pledgeBody, signaturePng } from './bodies';
import { get, post, type Ctx, type Recipe } from './recipe';
import { UNVERIFIED_NAME, type AuthzWorld } from './world';

/**
 * The caller's own upload for a purpose, made once; a caller who cannot upload (anonymous, a
 * staff account on its one-time password or with a revoked token) names someone else's, as it
 * is refused anyway.
 */
function ownUpload(ctx: Ctx, purpose: 'licence' | 'signature' | 'model-unit', fallback: string) {
  const { w, caller, who } = ctx;
  if (!who || caller === 'staffOtp' || caller === 'staffRevoked') return Promise.resolve(fallback);
  const bytes = purpose === 'signature' ? signaturePng() : undefined;
  return w.once(
    `${purpose}:${caller}`,
    async () => (await upload(w.t, who.token, purpose, bytes)).id,
  );
}

/** Merchant B with no open model-unit application (one per merchant at a time). */
async function noOpenApplication(w: AuthzWorld): Promise<string> {
  const open = await w.t.db.db
    .selectFrom('model_unit_applications')
    .select('id')
    .where('merchant_id', '=', w.merchantB)
    .where('status', '=', 'submitted')
    .execute();
  for (const { id } of open) {
    await w.as(w.setup, post(`/api/v1/model-units/applications/${id}/review`, reject));
  }
  return w.merchantB;
}

const reject = { decision: 'reject', reason: '材料不全' };

const pledgeActions = (merchant: boolean) => {
  const verify = { action: 'verify' };
  const revoke = { action: 'revoke', reason: '抽查发现未履行承诺' };
  const withdraw = { action: 'withdraw', reason: '店铺停止经营' };
  return merchant ? [withdraw, verify, revoke] : [verify, revoke, withdraw];
};

/** Merchants, memberships, imports, model units and pledges. */
export const MERCHANT_RECIPES: Record<string, Recipe> = {
  'GET /api/v1/merchants': {
    foreign: (w) => [w.others.unverifiedMerchant, UNVERIFIED_NAME],
    requests: () => [
      get(`/api/v1/merchants?q=${encodeURIComponent(UNVERIFIED_NAME.slice(0, 4))}`),
      get('/api/v1/merchants?limit=50'),
    ],
  },
  'POST /api/v1/merchants': {
    requests: async (_, ctx) => [
      post(
        '/api/v1/merchants',
        registration({
          creditCode: nextCode(),
          licencePhoto: await ownUpload(ctx, 'licence', ctx.w.others.licence),
        }),
      ),
    ],
    foreignRefs: async ({ w }) => [
      post(
        '/api/v1/merchants',
        registration({ creditCode: nextCode(), licencePhoto: w.others.licence }),
      ),
    ],
  },
  'GET /api/v1/merchants/by-code/{creditCode}': {
    other: ({ w }) => w.others.merchantCode,
    requests: (code) => [get(`/api/v1/merchants/by-code/${code}`)],
  },
  'GET /api/v1/merchants/{id}': {
    other: ({ w }) => w.others.merchant,
    requests: (id) => [get(`/api/v1/merchants/${id}`)],
  },
  'PATCH /api/v1/merchants/{id}': {
    other: ({ w }) => w.others.merchant,
    own: async ({ w }) => w.merchantB,
    requests: (id) => [
      { method: 'PATCH', url: `/api/v1/merchants/${id}`, payload: { hours: '09:00-20:00' } },
      { method: 'PATCH', url: `/api/v1/merchants/${id}`, payload: { name: '被改名的商家' } },
    ],
  },
  'GET /api/v1/merchants/memberships/mine': {
    foreign: (w) => [w.others.membership],
    requests: () => [get('/api/v1/merchants/memberships/mine')],
  },
  'GET /api/v1/merchants/memberships': {
    requests: () => [get('/api/v1/merchants/memberships?status=pending')],
  },
  'POST /api/v1/merchants/memberships/{id}/verification': {
    other: ({ w }) => w.others.membership,
    fresh: async (w) => {
      const applicant = await loginConsumer(w.t.app);
      return (await register(w.t, applicant.token, { creditCode: nextCode() })).id;
    },
    requests: (id) => [
      post(`/api/v1/merchants/memberships/${id}/verification`, { decision: 'approve' }),
      post(`/api/v1/merchants/memberships/${id}/verification`, reject),
    ],
  },
  'POST /api/v1/merchants/imports': {
    requests: () => [
      {
        method: 'POST',
        url: '/api/v1/merchants/imports',
        headers: { 'content-type': 'text/csv' },
        payload: merchantCsv(),
      },
    ],
    settle: (w, res) => w.importDone(res.json<MerchantImport>().id),
  },
  'GET /api/v1/merchants/imports/{id}': {
    other: ({ w }) => w.others.importJob,
    requests: (id) => [get(`/api/v1/merchants/imports/${id}`)],
  },

  'POST /api/v1/model-units/applications': {
    // The merchant applied for is the object: merchant A's is someone else's.
    other: ({ w }) => w.others.merchant,
    own: ({ w }) => noOpenApplication(w),
    requests: async (merchantId, ctx) => [
      post(
        '/api/v1/model-units/applications',
        applicationBody(merchantId ?? '', [
          await ownUpload(ctx, 'model-unit', ctx.w.others.modelUnitPhoto),
        ]),
      ),
    ],
    foreignRefs: async ({ w }) => [
      post(
        '/api/v1/model-units/applications',
        applicationBody(w.merchantB, [w.others.modelUnitPhoto]),
      ),
    ],
  },
  'GET /api/v1/model-units/applications': {
    requests: () => [get('/api/v1/model-units/applications')],
  },
  'GET /api/v1/model-units/applications/mine': {
    foreign: (w) => [w.others.application],
    requests: () => [get('/api/v1/model-units/applications/mine')],
  },
  'GET /api/v1/model-units/applications/{id}': {
    other: ({ w }) => w.others.application,
    own: async ({ w }) => {
      const mine = await w.t.db.db
        .selectFrom('model_unit_applications')
        .select('id')
        .where('merchant_id', '=', w.merchantB)
        .executeTakeFirst();
      return mine?.id ?? w.application(w.callers.merchant, await noOpenApplication(w));
    },
    requests: (id) => [get(`/api/v1/model-units/applications/${id}`)],
  },
  'POST /api/v1/model-units/applications/{id}/review': {
    other: ({ w }) => w.others.application,
    fresh: (w) => w.freshApplication(),
    requests: (id) => [
      post(`/api/v1/model-units/applications/${id}/review`, reject),
      post(`/api/v1/model-units/applications/${id}/review`, {
        decision: 'approve',
        level: '县级',
        validUntil: daysFromToday(365),
      }),
    ],
  },
  'POST /api/v1/model-units/{id}/revoke': {
    other: ({ w }) => w.others.modelUnit,
    fresh: (w) => giveModelUnit(w.t, w.others.merchant, { until: daysFromToday(300) }),
    requests: (id) => [post(`/api/v1/model-units/${id}/revoke`, { reason: '抽查不合格' })],
  },

  'POST /api/v1/pledges': {
    other: ({ w }) => w.others.merchant,
    own: async ({ w }) => w.merchantB,
    requests: async (merchantId, ctx) => [
      post(
        '/api/v1/pledges',
        pledgeBody(merchantId ?? '', await ownUpload(ctx, 'signature', ctx.w.others.signature)),
      ),
    ],
    foreignRefs: async ({ w }) => [
      post('/api/v1/pledges', pledgeBody(w.merchantB, w.others.signature)),
    ],
  },
  'GET /api/v1/pledges': { requests: () => [get('/api/v1/pledges')] },
  'GET /api/v1/pledges/stats': { requests: () => [get('/api/v1/pledges/stats')] },
  'GET /api/v1/pledges/initiative/signatories': {
    requests: () => [get('/api/v1/pledges/initiative/signatories')],
  },
  ...pledgeReads(),
  'GET /api/v1/merchants/{id}/pledges': {
    other: ({ w }) => w.others.merchant,
    foreign: (w) => [w.others.pendingPledge],
    requests: (id) => [get(`/api/v1/merchants/${id}/pledges`)],
  },
  'POST /api/v1/pledges/{id}/transitions': {
    other: ({ w }) => w.others.pendingPledge,
    fresh: (w) => w.pendingPledge(w.ownerA, w.others.merchant),
    own: ({ w }) => w.pendingPledge(w.callers.merchant, w.merchantB),
    requests: (id, { caller }) =>
      pledgeActions(caller === 'merchant').map((body) =>
        post(`/api/v1/pledges/${id}/transitions`, body),
      ),
  },
};

/** The certificate, its QR code and its signature: the same rule for a pending pledge. */
function pledgeReads(): Record<string, Recipe> {
  const read = (suffix: string): Recipe => ({
    other: ({ w }) => w.others.pendingPledge,
    own: ({ w }) =>
      w.once('pledge:merchant', () => w.pendingPledge(w.callers.merchant, w.merchantB)),
    requests: (id) => [get(`/api/v1/pledges/${id}${suffix}`)],
  });
  return {
    'GET /api/v1/pledges/{id}': read(''),
    'GET /api/v1/pledges/{id}/qrcode': read('/qrcode'),
    'GET /api/v1/pledges/{id}/signature': read('/signature'),
  };
}
