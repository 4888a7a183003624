import { get, post, type Recipe } from './recipe';

/** A made-up county law for the matrix: it asks who may import, not what a law says. */
const importBody = () => ({
  key: 'authz-law-test',
  kind: '地方性法规',
  shortTitle: '矩阵测试条例',
  versionDate: '2026-01-01',
  complete: false,
  source: { name: '矩阵测试', url: 'https://flk.npc.gov.cn/' },
  fullTextUrl: 'https://flk.npc.gov.cn/',
  markdown: '# 矩阵测试条例\n\n第一条 矩阵测试的条文，请勿当真。\n\n第二条 矩阵测试的第二条。',
});

/** 普法 law library: reading and search are public; importing a county's law is staff's. */
export const LAW_LIBRARY_RECIPES: Record<string, Recipe> = {
  'GET /api/v1/law/laws': { requests: () => [get('/api/v1/law/laws')] },
  'GET /api/v1/law/laws/{key}': {
    requests: () => [get('/api/v1/law/laws/consumer-protection')],
  },
  'GET /api/v1/law/articles/{law}/{no}': {
    requests: () => [get('/api/v1/law/articles/consumer-protection/25')],
  },
  'GET /api/v1/law/articles/{law}/{no}/qrcode': {
    requests: () => [get('/api/v1/law/articles/consumer-protection/25/qrcode')],
  },
  'GET /api/v1/law/search': {
    requests: () => [
      get(`/api/v1/law/search?q=${encodeURIComponent('退货')}`),
      get('/api/v1/law/search?q=25&law=consumer-protection'),
    ],
  },
  // Each allowed caller imports the same key again: a re-import replaces it.
  'POST /api/v1/law/imports': { requests: () => [post('/api/v1/law/imports', importBody())] },
};
