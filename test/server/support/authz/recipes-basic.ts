import { randomBytes } from 'node:crypto';
import { createStaffAccount } from '../../../../server/src/features/auth/staff-accounts-service';
import { makePng, multipart, upload } from '../merchants';
import { drawPaper } from '../quiz';
import { asQuestionBody, questionBody } from './bodies';
import { get, post, type Ctx, type Recipe } from './recipe';

const uploadRequest = (purpose: string) => ({
  method: 'POST' as const,
  url: `/api/v1/uploads?purpose=${purpose}`,
  ...multipart(makePng([], randomBytes(1)[0])),
});

/** Health, region, sign-in, event, uploads and the quiz. */
export const BASIC_RECIPES: Record<string, Recipe> = {
  'GET /api/v1/health': { requests: () => [get('/api/v1/health')] },
  'GET /api/v1/health/live': { requests: () => [get('/api/v1/health/live')] },
  'GET /api/v1/health/ready': { requests: () => [get('/api/v1/health/ready')] },
  'GET /api/v1/region': { requests: () => [get('/api/v1/region')] },
  'PUT /api/v1/region': {
    requests: async (_, { w }) => [
      { method: 'PUT', url: '/api/v1/region', payload: await w.region() },
    ],
  },

  'POST /api/v1/auth/wechat': {
    requests: () => [
      post('/api/v1/auth/wechat', { code: `dev:authz_${randomBytes(3).toString('hex')}` }),
    ],
  },
  'POST /api/v1/auth/dev': {
    requests: () => [
      post('/api/v1/auth/dev', { openid: `authz_${randomBytes(3).toString('hex')}` }),
    ],
  },
  'POST /api/v1/auth/staff': {
    requests: async (_, { w }) => {
      const login = JSON.parse(
        await w.once('staff-login', async () => {
          const username = `login_${randomBytes(4).toString('hex')}`;
          const { password } = await createStaffAccount(w.t.db.db, {
            username,
            role: 'staff',
            at: new Date(),
          });
          return JSON.stringify({ username, password });
        }),
      );
      return [post('/api/v1/auth/staff', login)];
    },
  },
  'POST /api/v1/auth/password': {
    freshCaller: true,
    requests: (_, { who }) => [
      post('/api/v1/auth/password', {
        currentPassword: who?.password ?? 'not-a-password-of-mine',
        newPassword: `changed-${randomBytes(6).toString('hex')}`,
      }),
    ],
  },
  'GET /api/v1/me': { requests: () => [get('/api/v1/me')] },

  'POST /api/v1/event/visits': {
    requests: () => [post('/api/v1/event/visits', { source: 'authz-matrix', channel: 'h5' })],
  },
  'GET /api/v1/event/visits/summary': {
    requests: () => [get('/api/v1/event/visits/summary?days=7')],
  },

  'POST /api/v1/uploads': {
    requests: () => [uploadRequest('evidence'), uploadRequest('signature')],
  },
  'GET /api/v1/uploads/{id}': {
    // Evidence of a complaint about merchant A, A's licence request, signature and photo.
    other: ({ w }) => [
      w.others.evidence,
      w.others.licence,
      w.others.signature,
      w.others.modelUnitPhoto,
    ],
    own: ({ w, caller, who }) =>
      w.once(`upload:${caller}`, async () => (await upload(w.t, who.token, 'evidence')).id),
    requests: (id) => [get(`/api/v1/uploads/${id}`)],
  },

  'GET /api/v1/quiz/me': { requests: () => [get('/api/v1/quiz/me')] },
  'POST /api/v1/quiz/papers': { requests: () => [post('/api/v1/quiz/papers', {})] },
  'POST /api/v1/quiz/papers/{id}/submission': {
    other: ({ w }) => w.others.paper,
    own: async ({ w, who }) => (await drawPaper(w.t, who.token)).paperId,
    requests: (id) => [post(`/api/v1/quiz/papers/${id}/submission`, { answers: {} })],
  },
  'GET /api/v1/quiz/papers/{id}/submission': {
    other: ({ w }) => w.others.submittedPaper,
    own: ({ w, caller, who }) => w.once(`submitted:${caller}`, () => w.submittedPaper(who)),
    requests: (id) => [get(`/api/v1/quiz/papers/${id}/submission`)],
  },
  'GET /api/v1/quiz/leaderboard': { requests: () => [get('/api/v1/quiz/leaderboard?scope=today')] },
  'GET /api/v1/quiz/mistakes': { requests: () => [get('/api/v1/quiz/mistakes')] },
  'DELETE /api/v1/quiz/mistakes/{questionId}': {
    // One of the victim's mistakes that is not the caller's own too.
    other: async ({ w, who }) => {
      const mine = new Set(who ? await w.mistakes(who.userId) : []);
      const theirs = (await w.mistakes(w.victim.userId)).filter((q) => !mine.has(q));
      if (theirs.length === 0) throw new Error('the victim has no mistake of its own');
      return theirs[0];
    },
    own: async ({ w, caller, who }) => {
      await w.once(`submitted:${caller}`, () => w.submittedPaper(who));
      const [mine] = await w.mistakes(who.userId);
      if (!mine) throw new Error(`${caller} has no mistake of its own`);
      return mine;
    },
    requests: (id) => [{ method: 'DELETE', url: `/api/v1/quiz/mistakes/${id}` }],
  },
  'POST /api/v1/quiz/question-reports': {
    requests: (_, { w }) => [
      post('/api/v1/quiz/question-reports', { questionId: w.others.question, message: '答案有误' }),
    ],
  },
  'GET /api/v1/quiz/question-reports': { requests: () => [get('/api/v1/quiz/question-reports')] },
  'GET /api/v1/quiz/qrcode': { requests: () => [get('/api/v1/quiz/qrcode')] },
  'GET /api/v1/quiz/questions': { requests: () => [get('/api/v1/quiz/questions?limit=5')] },
  'POST /api/v1/quiz/questions': {
    requests: () => [post('/api/v1/quiz/questions', questionBody())],
  },
  'GET /api/v1/quiz/questions/{id}': {
    other: ({ w }) => w.others.question,
    requests: (id) => [get(`/api/v1/quiz/questions/${id}`)],
  },
  'PUT /api/v1/quiz/questions/{id}': {
    other: ({ w }) => w.others.question,
    requests: async (id, { w }) => [
      {
        method: 'PUT',
        url: `/api/v1/quiz/questions/${id}`,
        payload: await bankQuestion(w, String(id)),
      },
    ],
  },
  'POST /api/v1/quiz/questions/import': {
    requests: () => [
      post('/api/v1/quiz/questions/import', {
        format: 'json',
        content: JSON.stringify([questionBody()]),
      }),
      post('/api/v1/quiz/questions/import', {
        format: 'json',
        content: JSON.stringify([questionBody()]),
        dryRun: true,
      }),
    ],
  },
  'POST /api/v1/quiz/question-reports/{id}/resolution': {
    other: ({ w }) => w.others.report,
    fresh: (w) => w.report(w.victim),
    requests: (id) => [
      post(`/api/v1/quiz/question-reports/${id}/resolution`, { status: 'fixed', note: '已修正' }),
      post(`/api/v1/quiz/question-reports/${id}/resolution`, { status: 'dismissed' }),
    ],
  },
};

/** The question as it is (a PUT of it changes nothing but is a real write). */
async function bankQuestion(w: Ctx['w'], id: string) {
  const body = await w.once(`question:${id}`, async () => {
    const res = await w.as(w.setup, get(`/api/v1/quiz/questions/${id}`));
    return JSON.stringify(asQuestionBody(res.json()));
  });
  return JSON.parse(body);
}
